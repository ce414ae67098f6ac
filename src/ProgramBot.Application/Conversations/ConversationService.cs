using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;
using ProgramBot.Application.Dates;
using ProgramBot.Application.Help;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Conversations;

/// <summary>
/// The channel-neutral turn: who is speaking, what they asked, and the answer. Teams and Slack
/// both come through here.
/// </summary>
public sealed class ConversationService(
    SenderResolver senders, ICommandParser parser, CommandDispatcher dispatcher, TimeProvider clock)
{
    public async Task<View> HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return HelpHandler.Handle(new HelpCommand(null));
        }

        var (workspace, sender) = await senders.ResolveAsync(message, cancellationToken);
        var zone = UserClock.ResolveZone(message.TimeZoneId, sender.TimeZone, workspace.DefaultTimeZone);
        var today = UserClock.Today(clock, zone);
        var parsed = parser.Parse(message.Text, new ParseContext(today));
        if (!parsed.IsSuccess)
        {
            return new ErrorView(parsed.Error!, parsed.Usage);
        }

        var context = new CommandContext(
            workspace, sender, message.ConversationId, message.ActivityKey, zone, today, clock.GetUtcNow(), message.Mentions);
        return await dispatcher.DispatchAsync(parsed.Command!, context, cancellationToken);
    }
}
