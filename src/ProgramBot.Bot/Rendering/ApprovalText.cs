using System.Globalization;
using ProgramBot.Application.Commands.Parsing;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Bot.Rendering;

public static class ApprovalText
{
    public static string Render(ApprovalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = new List<string> { Line(view) };
        lines.AddRange(view.Approvers.Select(a => "- " + Approver(a, view.TimeZone)));
        return string.Join('\n', lines);
    }

    public static string Line(ApprovalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var scope = view.ProjectKey is null ? string.Empty : $" · {view.ProjectKey}";
        var due = view.Due is { } d ? $" · due {TextRenderer.Date(d)}" : string.Empty;
        return $"**{view.Id}** {ApprovalKinds.Word(view.Kind)}: {view.Subject}{scope} · asked by {view.RequesterName} · {Policy(view.Policy)} · **{view.Status.ToString().ToLowerInvariant()}**{due}";
    }

    public static string List(ApprovalListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Items.Count == 0 ? $"{view.Heading}: none." : $"{view.Heading}:\n" + string.Join('\n', view.Items.Select(i => "- " + Line(i)));
    }

    private static string Approver(ApproverView approver, TimeZoneInfo zone)
    {
        if (approver.Decision is not { } approved)
        {
            return $"{approver.Name}: waiting";
        }

        var at = TimeZoneInfo.ConvertTime(approver.DecidedAt!.Value, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
        var comment = approver.Comment is null ? string.Empty : $" — \"{approver.Comment}\"";
        return $"{approver.Name}: {(approved ? "approved" : "rejected")} {at}{comment}";
    }

    private static string Policy(ApprovalPolicy policy) => policy == ApprovalPolicy.All ? "all must approve" : "any one approves";
}
