namespace ProgramBot.Bot.Channels.Slack;

/// <summary>Runs one Slack request taken from the inbox (<see cref="SlackInboundProcessor"/>).</summary>
public interface ISlackInboundProcessor
{
    /// <summary>Runs the request's turn; an exception means it did not run to its end and may be tried again.</summary>
    Task ProcessAsync(SlackInbound inbound, CancellationToken cancellationToken);
}
