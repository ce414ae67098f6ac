using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Help;
using Microsoft.Bot.Builder;
using ProgramBot.Bot.Approvals;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Dialogs;
using ProgramBot.Dialogs;

namespace ProgramBot.Bot.Bots;

/// <summary>
/// The root of every message turn. With a form in progress: <c>cancel</c> leaves it, <c>help</c>
/// explains its question, a complete new command asks whether to drop it, anything else answers
/// it. Without one: the text runs as a command. A re-delivered message that already moved a form on is
/// not read twice.
/// </summary>
public sealed class ChatRouter(ConversationService conversations, CommandRunner commands, CardActionRouter cards, ApprovalCardTracker tracker)
{
    public const string CancelledText = "Cancelled — nothing was saved.";

    public async Task RouteAsync(DialogContext dc, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(message);
        tracker.Watch(dc.Context);
        dc.Context.SetCommandContext(await conversations.ResolveAsync(message, cancellationToken));
        var text = message.Text;
        if (text.Length == 0 && CardSubmit.Read(dc.Context.Activity.Value) is { } submit)
        {
            // Action.Submit, the fallback of clients without Universal Actions: the same use cases as the invoke.
            var result = await cards.HandleAsync(dc.Context, submit.Verb, submit.Data, cancellationToken);
            await (result.Card is { } card
                ? dc.Context.SendActivityAsync(MessageFactory.Attachment(CardAttachment.From(card)), cancellationToken)
                : Replies.SendTextAsync(dc.Context, result.Message ?? string.Empty, cancellationToken));
            return;
        }

        if (dc.IsRedelivery)
        {
            // The channel sent again the message whose turn already moved the form on (or ended it): ask what now
            // waits, or say nothing when nothing does, rather than read the same words a second time.
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (!DialogRunner.HasActiveDialog(dc))
        {
            await (text.Length == 0 && dc.Context.Activity.Value is null
                ? Replies.SendAsync(dc.Context, HelpHandler.Handle(new HelpCommand(null)), cancellationToken)
                : commands.RunAsync(dc, text, cancellationToken));
            return;
        }

        if (IsWord(text, "cancel"))
        {
            await dc.CancelAllDialogsAsync(cancellationToken);
            await Replies.SendTextAsync(dc.Context, CancelledText, cancellationToken);
        }
        else if (IsWord(text, "help") || text == "?")
        {
            var question = dc.DescribeActiveQuestion() ?? "a question";
            await Replies.SendTextAsync(dc.Context, $"I asked: {question}\n\nAnswer it, or type cancel to stop.", cancellationToken);
        }
        else if (dc.ActiveDialog!.Id != AbandonDialog.DialogId && text.Length > 0 && commands.IsCommand(text, dc))
        {
            var pending = new AbandonDialog.Pending { Command = text, Question = FirstLine(dc.DescribeActiveQuestion()) };
            await dc.BeginDialogAsync(AbandonDialog.DialogId, pending, cancellationToken);
        }
        else
        {
            await dc.ContinueDialogAsync(cancellationToken);
        }
    }

    private static bool IsWord(string text, string word) => string.Equals(text.Trim(), word, StringComparison.OrdinalIgnoreCase);

    private static string? FirstLine(string? text) => text?.Split('\n')[0];
}
