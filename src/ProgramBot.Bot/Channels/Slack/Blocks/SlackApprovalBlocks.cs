using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>
/// An approval request. A Slack message looks the same to everyone, so while someone may still decide
/// it carries Approve / Reject for all; the server checks the clicking user against the approvers.
/// Reject opens a modal that asks for the comment.
/// </summary>
public static class SlackApprovalBlocks
{
    private const int MaxApprovers = 20;

    public static JsonArray Render(ApprovalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var blocks = new SlackBlocks()
            .Context($"Approval · {SlackText.Escape(view.Id)} · {ApprovalWords.Kind(view.Kind)}")
            .Section("*" + SlackText.Escape(view.Subject, SlackLimits.TitleChars) + "*")
            .Fields(
                ("Project", view.ProjectKey is null ? null : SlackText.Escape(view.ProjectKey)),
                ("Requested by", SlackText.Escape(view.RequesterName, SlackLimits.NameChars)),
                ("Policy", ApprovalWords.Policy(view.Policy)),
                ("Due", view.Due is { } due ? TextRenderer.Date(due) : null),
                ("Status", ApprovalWords.Status(view.Status)))
            .Section(string.Create(CultureInfo.InvariantCulture, $"*Approvers* ({view.Approvers.Count})"))
            .List(view.Approvers, a => Approver(a, view.TimeZone), view.Approvers.Count, MaxApprovers);
        if (view.Status == ApprovalStatus.Pending && view.PendingApproverIds.Count > 0)
        {
            blocks.Button("Approve", CardVerbs.ApprovalApprove, view.Id, "primary")
                .Button("Reject", CardVerbs.ApprovalReject, view.Id, "danger");
        }

        return blocks.Build();
    }

    private static string Approver(ApproverView approver, TimeZoneInfo zone)
    {
        var decision = ApprovalWords.Decision(approver.Decision) + (approver.DecidedAt is { } at ? " · " + ApprovalWords.Time(at, zone) : string.Empty);
        var comment = string.IsNullOrWhiteSpace(approver.Comment) ? string.Empty : $"\n      “{SlackText.Escape(approver.Comment, SlackLimits.TextChars)}”";
        return $"*{SlackText.Escape(approver.Name, SlackLimits.NameChars)}* — {decision}{comment}";
    }
}
