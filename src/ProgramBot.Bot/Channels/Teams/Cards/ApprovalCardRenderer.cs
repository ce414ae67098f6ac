using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>
/// An approval request. While it is pending the card carries a refresh for the pending approvers (their
/// clients fetch their own version); unless <c>readOnly</c>, it also carries the comment box and the
/// Approve / Reject buttons. Once decided, cancelled or expired it is a record only.
/// </summary>
public static class ApprovalCardRenderer
{
    public const string CommentPlaceholder = "Comment (required to reject)";

    public static JsonObject Render(ApprovalView view, bool readOnly)
    {
        ArgumentNullException.ThrowIfNull(view);
        var card = new CardBuilder()
            .Add(CardElements.Subtle($"Approval · {CardText.Escape(view.Id)} · {ApprovalWords.Kind(view.Kind)}"))
            .Add(CardElements.Heading(CardText.Escape(view.Subject, CardLimits.TitleChars)))
            .Add(new FactList()
                .Add("Kind", ApprovalWords.Kind(view.Kind))
                .AddIf("Project", view.ProjectKey is null ? null : CardText.Escape(view.ProjectKey))
                .Add("Requested by", CardText.Escape(view.RequesterName, CardLimits.NameChars))
                .Add("Policy", ApprovalWords.Policy(view.Policy))
                .AddIf("Due", view.Due is { } due ? TextRenderer.Date(due) : null)
                .ToElement())
            .Add(CardElements.Separated(CardElements.Text(
                string.Create(CultureInfo.InvariantCulture, $"**Approvers** ({view.Approvers.Count})"))));
        RowBudget.AddRows(card, view.Approvers, a => ApproverRow.Render(a, view.TimeZone), view.Approvers.Count, CardLimits.MaxApprovers);
        card.Add(CardElements.Colored("Status: " + ApprovalWords.Status(view.Status), ApprovalWords.StatusColor(view.Status)));
        if (view.Status != ApprovalStatus.Pending)
        {
            return card.Build();
        }

        if (view.PendingApproverIds.Count > 0)
        {
            card.WithRefresh(CardActions.Refresh(CardVerbs.ApprovalRefresh, view.Id, view.PendingApproverIds));
        }

        if (!readOnly)
        {
            card.Add(CardElements.TextInput(CardVerbs.CommentInputId, CommentPlaceholder, CardLimits.TextChars))
                .AddAction(CardActions.Execute("Approve", CardVerbs.ApprovalApprove, view.Id, CardActions.Positive))
                .AddAction(CardActions.Execute("Reject", CardVerbs.ApprovalReject, view.Id, CardActions.Destructive));
        }

        return card.Build();
    }
}
