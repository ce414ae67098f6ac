using ProgramBot.Domain.Health;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Domain.Tests.Health;

public sealed class RagPolicyTests
{
    private static readonly RagInputs Calm = new(0, new DateOnly(2027, 1, 10), new DateOnly(2027, 1, 15), 0, 0, 0, null);

    [Fact]
    public void Evaluate_IsGreen_WhenNothingIsWrong() => Assert.Equal(Rag.Green, RagPolicy.Default.Evaluate(Calm).Rag);

    [Theory]
    [InlineData(1, 10, 0, null, "1 milestone missed")]
    [InlineData(0, 18, 0, null, "forecast end 2027-01-18 after target 2027-01-15")]
    [InlineData(0, 10, 2, null, "2 critical risks open")]
    [InlineData(0, 10, 0, "0.25", "budget forecast 25% over")]
    public void Evaluate_IsRed_ForEachRedRule(int missed, int endDay, int critical, string? overrun, string reason)
    {
        var inputs = Calm with
        {
            MissedMilestones = missed, ForecastEnd = new DateOnly(2027, 1, endDay), CriticalRisks = critical,
            BudgetOverrun = overrun is null ? null : decimal.Parse(overrun, System.Globalization.CultureInfo.InvariantCulture),
        };

        var assessment = RagPolicy.Default.Evaluate(inputs);

        Assert.Equal((Rag.Red, reason), (assessment.Rag, Assert.Single(assessment.Reasons)));
    }

    [Theory]
    [InlineData(2, 0, null, "2 tasks overdue over 3 days")]
    [InlineData(0, 1, null, "1 high risk open")]
    [InlineData(0, 0, "0.15", "budget forecast 15% over")]
    public void Evaluate_IsAmber_ForEachAmberRule(int overdue, int high, string? overrun, string reason)
    {
        var inputs = Calm with
        {
            OverdueBeyondGrace = overdue, HighRisks = high,
            BudgetOverrun = overrun is null ? null : decimal.Parse(overrun, System.Globalization.CultureInfo.InvariantCulture),
        };

        var assessment = RagPolicy.Default.Evaluate(inputs);

        Assert.Equal((Rag.Amber, reason), (assessment.Rag, Assert.Single(assessment.Reasons)));
    }

    [Fact]
    public void Evaluate_StaysGreen_WithinTheBudgetTolerance() =>
        Assert.Equal(Rag.Green, RagPolicy.Default.Evaluate(Calm with { BudgetOverrun = 0.05m }).Rag);
}
