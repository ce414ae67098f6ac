using System.Globalization;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Domain.Health;

/// <summary>
/// The RAG rules. Red: a milestone missed, the forecast end past the target end, a critical risk
/// open, or the budget forecast over by more than twice the tolerance. Amber: a task overdue by
/// more than the grace days, a high risk open, or the budget forecast over by more than the
/// tolerance. Green otherwise.
/// </summary>
public sealed record RagPolicy(int OverdueGraceDays, decimal BudgetTolerance)
{
    public static RagPolicy Default { get; } = new(3, 0.10m);

    public RagAssessment Evaluate(RagInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var red = new List<string>();
        var amber = new List<string>();
        AddIf(red, inputs.MissedMilestones > 0, Count(inputs.MissedMilestones, "milestone missed", "milestones missed"));
        AddIf(red, inputs is { ForecastEnd: { } end, TargetEnd: { } target } && end > target, $"forecast end {inputs.ForecastEnd:yyyy-MM-dd} after target {inputs.TargetEnd:yyyy-MM-dd}");
        AddIf(red, inputs.CriticalRisks > 0, Count(inputs.CriticalRisks, "critical risk open", "critical risks open"));
        AddIf(red, inputs.BudgetOverrun > 2 * BudgetTolerance, Overrun(inputs.BudgetOverrun));
        AddIf(amber, inputs.OverdueBeyondGrace > 0, Count(inputs.OverdueBeyondGrace, $"task overdue over {OverdueGraceDays} days", $"tasks overdue over {OverdueGraceDays} days"));
        AddIf(amber, inputs.HighRisks > 0, Count(inputs.HighRisks, "high risk open", "high risks open"));
        AddIf(amber, inputs.BudgetOverrun > BudgetTolerance && inputs.BudgetOverrun <= 2 * BudgetTolerance, Overrun(inputs.BudgetOverrun));
        return red.Count > 0 ? new RagAssessment(Rag.Red, red) : amber.Count > 0 ? new RagAssessment(Rag.Amber, amber) : new RagAssessment(Rag.Green, []);
    }

    private static void AddIf(List<string> reasons, bool condition, string reason)
    {
        if (condition)
        {
            reasons.Add(reason);
        }
    }

    private static string Count(int count, string one, string many) =>
        count == 1 ? "1 " + one : string.Create(CultureInfo.InvariantCulture, $"{count} {many}");

    private static string Overrun(decimal? overrun) =>
        string.Create(CultureInfo.InvariantCulture, $"budget forecast {Math.Round(100 * (overrun ?? 0)):0}% over");
}
