using System.Globalization;

namespace ProgramBot.Application.Slips;

/// <summary>
/// One conversation's notice: "API-7 slipped 3 days → WEB-42 and MOB-3 slip 3 days; milestone WEB
/// launch now Jan 18, after target Jan 15".
/// </summary>
public static class SlipMessage
{
    private const int IdsPerGroup = 5;

    public static string Compose(SlipReport report, SlipSelection selection)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(selection);
        var parts = new List<string>();
        foreach (var group in selection.Tasks.Where(t => !t.Milestone).GroupBy(t => t.Days).OrderByDescending(g => g.Key))
        {
            var ids = group.Select(t => t.Id).ToList();
            parts.Add($"{Names(ids)} {(ids.Count == 1 ? "slips" : "slip")} {Days(group.Key)}");
        }

        parts.AddRange(selection.Tasks.Where(t => t.Milestone).Select(m => $"milestone {m.Title} now {Date(m.After)}{AfterTarget(m.After, m.Target)}"));
        parts.AddRange(selection.Projects.Select(p => $"project {p.Key} now ends {Date(p.After)}{AfterTarget(p.After, p.Target)}"));
        parts.AddRange(selection.Programs.Select(p => $"program {p.Key} now ends {Date(p.After)}"));
        return $"{report.Headline} → {string.Join("; ", parts)}";
    }

    public static string Days(int days) => days == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{days} days");

    public static string Date(DateOnly date) => date.ToString("MMM d", CultureInfo.InvariantCulture);

    private static string AfterTarget(DateOnly after, DateOnly? target) =>
        target is { } t && after > t ? $", after target {Date(t)}" : string.Empty;

    private static string Names(List<string> ids)
    {
        if (ids.Count > IdsPerGroup)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", ids.Take(IdsPerGroup))} and {ids.Count - IdsPerGroup} more");
        }

        return ids.Count == 1 ? ids[0] : $"{string.Join(", ", ids.Take(ids.Count - 1))} and {ids[^1]}";
    }
}
