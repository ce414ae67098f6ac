using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;
using ProgramBot.Bot.Tests.Cards;
using ProgramBot.Bot.Tests.Cards.Builders;

namespace ProgramBot.Bot.Tests.Rendering;

public sealed class DigestReportTextTests
{
    [Fact]
    public void Render_ListsMilestonesEscalationsAndSilentMembers_WithTheirTotals()
    {
        var milestone = new TaskViewBuilder().WithId("WEB-9").WithTitle("Launch").AsMilestone().Build();
        var attention = new DigestAttention(
            [], 0, [], 0, [], [], [], new DigestList<TaskView>([milestone], 3), new DigestList<TaskView>([milestone], 1),
            [new RiskViewBuilder().WithId("R-4").WithTitle("Vendor gone").Build()], new DigestList<string>(["Bob", "Carol"], 7));

        var text = DigestReportText.Render(CardSamples.Digest([], []) with { Attention = attention });

        Assert.Contains("Milestones in the next 14 days (3):\n- **WEB-9** ◆ Launch", text, StringComparison.Ordinal);
        Assert.Contains("- +2 more\nMissed milestones (1):\n- **WEB-9** ◆ Launch", text, StringComparison.Ordinal);
        Assert.Contains("Risks escalated since the last digest:\n- **R-4** Vendor gone", text, StringComparison.Ordinal);
        Assert.Contains("No progress report in the period (7):\n- Bob\n- Carol\n- +5 more", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LeavesOutEmptySections()
    {
        var text = DigestReportText.Render(CardSamples.Digest([], []) with { Attention = new DigestAttention([], 0, [], 0, [], []) });

        Assert.DoesNotContain("Milestones", text, StringComparison.Ordinal);
        Assert.DoesNotContain("No progress report", text, StringComparison.Ordinal);
    }
}
