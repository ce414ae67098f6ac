using System.Globalization;
using ProgramBot.Application.Digests;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Rendering;

/// <summary>A scheduled digest as text; times in the subscription's zone.</summary>
public static class DigestReportText
{
    public static string Render(DigestView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var since = view.OnDemand ? "as of " + Local(view.Slot, view.TimeZone)
            : view.Since is { } at ? "since " + Local(at, view.TimeZone) : "first digest";
        var title = view.OnDemand ? "Digest" : $"Digest {view.SubscriptionId}";
        var lines = new List<string> { $"**{title}** — {view.Scope}, {since}" };
        lines.AddRange(view.Projects.Select(p =>
            $"- **{p.Key}** {p.Name}: {p.PercentComplete}%{Change(p.PercentChange)} · {p.Overdue} overdue · {p.Blocked} blocked"
            + (p.LatestRag is { } rag ? " · " + ProgressText.Rag(rag) : string.Empty)));
        if (view.Projects.Count == 0)
        {
            lines.Add("- no projects in scope yet");
        }

        lines.Add(view.TopRisks.Count == 0 ? "Top risks: none open." : "Top risks:\n" + string.Join('\n', view.TopRisks.Select(r => "- " + RiskText.Line(r))));
        lines.Add($"Pending approvals: {view.PendingApprovals}");
        if (view.Attention is { } attention)
        {
            var upcoming = attention.UpcomingMilestones ?? DigestList<TaskView>.Empty;
            var missed = attention.MissedMilestones ?? DigestList<TaskView>.Empty;
            AddList(lines, $"Milestones in the next {DigestAttentionBuilder.MilestoneDays} days ({upcoming.Total})", upcoming.First.Select(TaskText.Line), upcoming.Total);
            AddList(lines, $"Missed milestones ({missed.Total})", missed.First.Select(TaskText.Line), missed.Total);
            AddList(lines, $"Overdue ({attention.OverdueTotal})", attention.Overdue.Select(TaskText.Line), attention.OverdueTotal);
            AddList(lines, $"Blocked ({attention.BlockedTotal})", attention.Blocked.Select(TaskText.Line), attention.BlockedTotal);
            AddList(lines, "New risks since the last digest", attention.NewRisks.Select(RiskText.Line), attention.NewRisks.Count);
            AddList(lines, "Risks escalated since the last digest", (attention.EscalatedRisks ?? []).Select(RiskText.Line), attention.EscalatedRisks?.Count ?? 0);
            AddList(lines, "Progress reports", (attention.Reports ?? []).Select(ReportLine), attention.Reports?.Count ?? 0);
            var silent = attention.NotReported ?? DigestList<string>.Empty;
            AddList(lines, $"No progress report in the period ({silent.Total})", silent.First, silent.Total);
            AddList(lines, "Waiting longest for a decision", attention.OldestApprovals.Select(a => $"**{a.Id}** {a.Subject} · {a.DaysWaiting} days"), attention.OldestApprovals.Count);
        }

        return string.Join('\n', lines);
    }

    private static string ReportLine(DigestReportLine report) =>
        $"**{report.Target}** {report.Percent}%{(report.Rag is { } rag ? " · " + ProgressText.Rag(rag) : string.Empty)} by {report.ReporterName}"
        + (report.Blockers is { } blockers ? " · blockers: " + blockers : string.Empty);

    private static void AddList(List<string> lines, string heading, IEnumerable<string> items, int total)
    {
        var shown = items.ToList();
        if (shown.Count == 0)
        {
            return;
        }

        var more = total > shown.Count ? $"\n- +{total - shown.Count} more" : string.Empty;
        lines.Add($"{heading}:\n{string.Join('\n', shown.Select(i => "- " + i))}{more}");
    }

    private static string Change(int? change) => change switch
    {
        null or 0 => string.Empty,
        > 0 => $" (+{change})",
        _ => $" ({change})",
    };

    private static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
