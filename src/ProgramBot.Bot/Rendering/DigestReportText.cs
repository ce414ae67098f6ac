using System.Globalization;
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
        return string.Join('\n', lines);
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
