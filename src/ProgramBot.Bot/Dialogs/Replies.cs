using Microsoft.Bot.Builder;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Approvals;
using ProgramBot.Bot.Channels;

namespace ProgramBot.Bot.Dialogs;

/// <summary>
/// Sends a view the way the turn's channel shows it (Teams: a card with the text as fallback; Slack:
/// Block Kit), otherwise text. Approval cards are tracked so every copy can be updated after a decision.
/// </summary>
public static class Replies
{
    public static async Task SendAsync(ITurnContext turnContext, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(view);
        if (view is ApprovalView approval)
        {
            await SendApprovalAsync(turnContext, approval, cancellationToken);
            return;
        }

        if (ChannelReplies.Create(turnContext.Activity.ChannelId, view) is { } reply)
        {
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }

        if (view is RiskChangedView { EscalatedTo.Approval: { } escalation })
        {
            await SendApprovalAsync(turnContext, escalation, cancellationToken);
        }
    }

    public static Task SendTextAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }

    private static async Task SendApprovalAsync(ITurnContext turnContext, ApprovalView approval, CancellationToken cancellationToken)
    {
        var card = ChannelReplies.Approval(turnContext.Activity.ChannelId, approval);
        ApprovalCardTracker.Mark(turnContext, card, approval);
        await turnContext.SendActivityAsync(card, cancellationToken);
    }
}
