namespace ProgramBot.Application.Views;

/// <summary>
/// A channel-neutral answer to the user. Teams and Slack renderers turn the same view into
/// their own format, so both channels always show the same facts.
/// </summary>
public abstract record View;
