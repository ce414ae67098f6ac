using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;
using ProgramBot.Application.Dates;
using ProgramBot.Application.Help;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Conversations;

/// <summary>
/// The channel-neutral turn: who is speaking, what they asked, and the answer. Teams and Slack
/// both come through here; guided forms use the same pieces one step at a time.
/// </summary>
public sealed class ConversationService(
    SenderResolver senders, ICommandParser parser, CommandDispatcher dispatcher, TimeProvider clock)
{
    /// <summary>Who is asking, in which workspace, and what day it is in their zone.</summary>
    public async Task<CommandContext> ResolveAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (workspace, sender) = await senders.ResolveAsync(message, cancellationToken);
        var zone = UserClock.ResolveZone(message.TimeZoneId, sender.TimeZone, workspace.DefaultTimeZone);
        return new CommandContext(
            workspace, sender, message.ConversationId, message.ActivityKey, zone, UserClock.Today(clock, zone), clock.GetUtcNow(), message.Mentions);
    }

    public ParseOutcome Parse(string text, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return parser.Parse(text, new ParseContext(context.Today));
    }

    public Task<View> ExecuteAsync(Command command, CommandContext context, CancellationToken cancellationToken) =>
        dispatcher.DispatchAsync(command, context, cancellationToken);

    /// <summary>The answer to one line of text: the use case's view, or why the line could not be read.</summary>
    public async Task<View> RespondAsync(string text, CommandContext context, CancellationToken cancellationToken)
    {
        var parsed = Parse(text, context);
        return parsed.IsSuccess
            ? await ExecuteAsync(parsed.Command!, context, cancellationToken)
            : new ErrorView(parsed.Error!, parsed.Usage);
    }

    /// <summary>One message, start to finish, when no guided form is in progress.</summary>
    public async Task<View> HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return HelpHandler.Handle(new HelpCommand(null));
        }

        return await RespondAsync(message.Text, await ResolveAsync(message, cancellationToken), cancellationToken);
    }
}
