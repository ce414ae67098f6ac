using ProgramBot.Application.Commands;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tests.Parsing;

public class TaskMilestoneParsingTests
{
    private static readonly WorkItemId Web42 = new(EntityKey.Parse("WEB", "project").Value, 42);

    [Theory]
    [InlineData("task add Launch #WEB milestone due:fri")]
    [InlineData("task add MILESTONE Launch #WEB due:fri")]
    public void Parse_FlagsTheNewTask_WhenTheBareWordMilestoneAppearsAnywhere(string text)
    {
        var command = Parsed.Ok<TaskAddCommand>(text);

        Assert.Equal(("Launch", true), (command.Title, command.Milestone));
    }

    [Fact]
    public void Parse_KeepsMilestoneInTheTitle_WhenQuoted()
    {
        var command = Parsed.Ok<TaskAddCommand>("task add Review \"milestone\" plan");

        Assert.Equal(("Review milestone plan", false), (command.Title, command.Milestone));
    }

    [Fact]
    public void Parse_LeavesTheFlagOff_WhenTheWordIsAbsent()
    {
        Assert.False(Parsed.Ok<TaskAddCommand>("task add Launch #WEB").Milestone);
    }

    [Theory]
    [InlineData("task milestone WEB-42", true)]
    [InlineData("task milestone web-42 OFF", false)]
    public void Parse_ReadsTaskMilestone_OnOrOff(string text, bool on)
    {
        Assert.Equal(new TaskMilestoneCommand(Web42, on), Parsed.Ok<TaskMilestoneCommand>(text));
    }

    [Theory]
    [InlineData("task milestone", "Which task? Give its id, like WEB-42.")]
    [InlineData("task milestone WEB-42 maybe", "Write task milestone WEB-42 to flag it, or task milestone WEB-42 off to unflag it.")]
    [InlineData("task milestone WEB-42 off now", "I don't know what 'now' is for in 'task milestone'.")]
    public void Parse_Fails_WithTheReasonAndUsage_WhenTaskMilestoneIsWrong(string text, string error)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal((error, "task milestone <id> [off]"), (outcome.Error, outcome.Usage));
    }
}
