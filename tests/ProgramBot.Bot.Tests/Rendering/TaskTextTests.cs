using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;
using ProgramBot.Bot.Tests.Cards.Builders;

namespace ProgramBot.Bot.Tests.Rendering;

public sealed class TaskTextTests
{
    [Fact]
    public void Line_MarksAMilestoneBeforeItsTitle()
    {
        var line = TaskText.Line(new TaskViewBuilder().AsMilestone().Build());

        Assert.StartsWith("**WEB-42** ◆ Ship the landing page · to do", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_HasNoMarker_ForAnOrdinaryTask()
    {
        Assert.StartsWith("**WEB-42** Ship the landing page ·", TaskText.Line(new TaskViewBuilder().Build()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TaskChange.MilestoneSet, "Milestone: **WEB-42**")]
    [InlineData(TaskChange.MilestoneCleared, "No longer a milestone: **WEB-42**")]
    public void Changed_SaysWhatHappenedToTheFlag(TaskChange change, string start)
    {
        Assert.StartsWith(start, TaskText.Changed(new TaskChangedView(new TaskViewBuilder().Build(), change)), StringComparison.Ordinal);
    }
}
