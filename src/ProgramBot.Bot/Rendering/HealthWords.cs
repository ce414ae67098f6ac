using System.Globalization;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Health;

namespace ProgramBot.Bot.Rendering;

/// <summary>The phrases of project health, shared by the text and the cards so both say the same.</summary>
public static class HealthWords
{
    /// <summary>"red 🔴 (1 milestone missed)", and the override beside it when one is in force.</summary>
    public static string Rag(ProjectHealthView health, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(health);
        ArgumentNullException.ThrowIfNull(zone);
        var computed = ProgressText.Rag(health.Computed.Rag)
            + (health.Computed.Reasons.Count > 0 ? $" ({string.Join("; ", health.Computed.Reasons)})" : string.Empty);
        return health.Override is { } o
            ? $"{ProgressText.Rag(o.Rag)} by override until {TimeZoneInfo.ConvertTime(o.ExpiresAt, zone).ToString("ddd d MMM", CultureInfo.InvariantCulture)}: {o.Reason}; computed {computed}"
            : computed;
    }

    public static string Dates(ProjectHealthView health)
    {
        ArgumentNullException.ThrowIfNull(health);
        var target = health.TargetEnd is { } t ? "target " + TextRenderer.Date(t) : "no target end";
        return health.ForecastEnd is { } f ? $"{target}, forecast {TextRenderer.Date(f)}" : target;
    }

    public static string Risks(RiskBandCounts risks)
    {
        ArgumentNullException.ThrowIfNull(risks);
        var parts = new[] { (risks.Critical, "critical"), (risks.High, "high"), (risks.Medium, "medium"), (risks.Low, "low") }
            .Where(p => p.Item1 > 0).Select(p => Invariant($"{p.Item1} {p.Item2}")).ToList();
        return parts.Count == 0 ? "no open risks" : "risks " + string.Join(", ", parts);
    }

    public static string Counts(ProjectHealthView health)
    {
        ArgumentNullException.ThrowIfNull(health);
        return Invariant($"{health.Overdue} overdue · {health.Blocked} blocked");
    }

    /// <summary>"budget 60,000 of 120,000 EUR used (50%), variance 60,000, forecast at completion 150,000".</summary>
    public static string? Budget(BudgetFigures? budget)
    {
        if (budget is null)
        {
            return null;
        }

        var forecast = budget.ForecastAtCompletion is { } f ? Invariant($", forecast at completion {f:#,0}") : ", no forecast before work is done";
        return Invariant($"budget {budget.Spent:#,0.##} of {budget.Budget:#,0.##} {budget.Currency} used ({budget.UsedPercent}%), variance {budget.Variance:#,0.##}{forecast}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
