using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Approvals;
using ProgramBot.Bot.Channels.Teams;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Dialogs;

/// <summary>
/// Sends a view the way Teams shows it: a card with the text as fallback where there is a card,
/// otherwise text. Approval cards go out read-only with a refresh for the pending approvers, and
/// are tracked so every copy can be updated after a decision.
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

        if (TeamsReplyFactory.Create(view) is { } reply)
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
        var card = (Activity)MessageFactory.Attachment(CardAttachment.From(ApprovalCardRenderer.Render(approval, readOnly: true)), TextRenderer.Render(approval));
        ApprovalCardTracker.Mark(turnContext, card, approval.Id);
        await turnContext.SendActivityAsync(card, cancellationToken);
    }
}
