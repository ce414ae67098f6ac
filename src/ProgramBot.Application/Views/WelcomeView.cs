namespace ProgramBot.Application.Views;

/// <summary>The greeting after the bot is installed in a team, chat or personal scope.</summary>
public sealed record WelcomeView(IReadOnlyList<string> FirstCommands) : View;
