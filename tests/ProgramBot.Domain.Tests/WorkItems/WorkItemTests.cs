using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Domain.Tests.WorkItems;

public sealed class WorkItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void Start_MovesToInProgress_WhenTodo()
    {
        var item = NewItem();

        var result = item.Start(Now);

        Assert.True(result.IsSuccess);
        Assert.Equal(WorkItemStatus.InProgress, item.Status);
    }

    [Fact]
    public void Start_IsRefused_WhenAlreadyInProgress()
    {
        var item = NewItem();
        item.Start(Now);

        var result = item.Start(Now);

        Assert.Equal("task.transition", result.Error?.Code);
        Assert.Equal("WEB-1 is already in progress.", result.Error?.Message);
    }

    [Fact]
    public void Start_ClearsBlockedReason_WhenBlocked()
    {
        var item = NewItem();
        item.Block("waiting for keys", Now);

        item.Start(Now);

        Assert.Equal(WorkItemStatus.InProgress, item.Status);
        Assert.Null(item.BlockedReason);
    }

    [Fact]
    public void Complete_SetsPercentTo100_WhenOpen()
    {
        var item = NewItem();

        item.Complete(Now);

        Assert.Equal(WorkItemStatus.Done, item.Status);
        Assert.Equal(100, item.PercentComplete);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("done")]
    [InlineData("block")]
    [InlineData("assign")]
    [InlineData("due")]
    public void EveryChange_IsRefusedAndChangesNothing_WhenDone(string change)
    {
        var item = NewItem();
        item.Complete(Now);
        var later = Now.AddHours(1);

        var result = change switch
        {
            "start" => item.Start(later),
            "done" => item.Complete(later),
            "block" => item.Block("why", later),
            "assign" => item.AssignTo(7, later),
            _ => item.Reschedule(Today.AddDays(3), Today, later),
        };

        Assert.False(result.IsSuccess);
        Assert.Equal(WorkItemStatus.Done, item.Status);
        Assert.Null(item.AssigneeId);
        Assert.Null(item.DueDate);
        Assert.Equal(Now, item.UpdatedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("line\nbreak")]
    public void Block_IsRefused_WhenReasonIsMissingOrMultiline(string reason)
    {
        var item = NewItem();

        var result = item.Block(reason, Now);

        Assert.Equal("task.block.reason", result.Error?.Code);
        Assert.Equal(WorkItemStatus.Todo, item.Status);
    }

    [Fact]
    public void Reschedule_IsRefused_WhenDateIsInThePast()
    {
        var item = NewItem();

        var result = item.Reschedule(Today.AddDays(-1), Today, Now);

        Assert.Equal("task.due.past", result.Error?.Code);
        Assert.Null(item.DueDate);
    }

    [Fact]
    public void IsOverdue_IsTrueOnlyForOpenTasksDueBeforeToday()
    {
        var overdue = NewItem(due: Today.AddDays(-1));
        var dueToday = NewItem(due: Today);
        var doneLate = NewItem(due: Today.AddDays(-1));
        doneLate.Complete(Now);

        Assert.True(overdue.IsOverdue(Today));
        Assert.False(dueToday.IsOverdue(Today));
        Assert.False(doneLate.IsOverdue(Today));
    }

    [Fact]
    public void Create_IsRefused_WhenDueDateIsInThePast()
    {
        var result = WorkItemFactory.Create(1, 1, Id(), "Late", null, Today.AddDays(-2), Priority.Low, 1, Today, Now);

        Assert.Equal("task.due.past", result.Error?.Code);
    }

    [Fact]
    public void MarkMilestone_FlagsAndUnflags_AndRefusesWhenNothingChanges()
    {
        var item = NewItem();

        var flagged = item.MarkMilestone(true, Now.AddHours(1));
        var again = item.MarkMilestone(true, Now);
        var isMilestone = item.IsMilestone;
        var cleared = item.MarkMilestone(false, Now.AddHours(2));

        Assert.True(flagged.IsSuccess && isMilestone && cleared.IsSuccess && !item.IsMilestone);
        Assert.Equal("WEB-1 is already a milestone.", again.Error?.Message);
        Assert.Equal(Now.AddHours(2), item.UpdatedAt);
    }

    private static WorkItem NewItem(DateOnly? due = null)
    {
        // Overdue cases need a past due date, which the factory refuses, so restore them instead.
        var item = WorkItemFactory.Create(1, 1, Id(), "Write spec", null, null, Priority.Medium, 1, Today, Now).Value;
        return WorkItem.Restore(item, null, due, WorkItemStatus.Todo, null, 0, Now);
    }

    private static WorkItemId Id() => new(EntityKey.Parse("WEB", "project").Value, 1);
}
