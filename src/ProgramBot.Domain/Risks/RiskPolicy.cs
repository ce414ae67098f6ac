using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.Risks;

/// <summary>
/// A workspace's score bands and escalation threshold. Scores run 1–25 (probability × impact);
/// the defaults are low 1–4, medium 5–9, high 10–14, critical 15–25, escalating at 15.
/// </summary>
public sealed record RiskPolicy(int MediumFrom, int HighFrom, int CriticalFrom, int EscalationThreshold)
{
    public static RiskPolicy Default { get; } = new(5, 10, 15, 15);

    public RiskBand Band(int score) =>
        score >= CriticalFrom ? RiskBand.Critical : score >= HighFrom ? RiskBand.High : score >= MediumFrom ? RiskBand.Medium : RiskBand.Low;

    public bool Escalates(int score) => score >= EscalationThreshold;

    public static Result<RiskPolicy> Create(int mediumFrom, int highFrom, int criticalFrom, int escalationThreshold)
    {
        if (mediumFrom < 2 || !(mediumFrom < highFrom && highFrom < criticalFrom) || criticalFrom > 25)
        {
            return new Error("risk.bands", "Bands must rise: 2 ≤ medium < high < critical ≤ 25, for example risk bands 5 10 15.");
        }

        if (escalationThreshold is < 1 or > 25)
        {
            return new Error("risk.bands", "The escalation threshold is a score from 1 to 25.");
        }

        return new RiskPolicy(mediumFrom, highFrom, criticalFrom, escalationThreshold);
    }
}
