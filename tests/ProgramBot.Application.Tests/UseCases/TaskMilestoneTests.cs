using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class TaskMilestoneTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TaskAdd_StoresTheMilestoneFlag_WhenTheWordIsGiven()
    {
        await _app.SendAsync("project new WEB Website");

        var added = await _app.SendAsync<TaskChangedView>("task add Launch due:fri #WEB milestone");
        var shown = await _app.SendAsync<TaskDetailView>("task show WEB-1");

        Assert.Equal(("Launch", true, true), (added.Task.Title, added.Task.IsMilestone, shown.Task.IsMilestone));
    }

    [Fact]
    public async Task TaskMilestone_FlagsAndUnflags_AndKeepsItStored()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Launch #WEB");

        var flagged = await _app.SendAsync<TaskChangedView>("task milestone WEB-1");
        var whileFlagged = await _app.SendAsync<TaskDetailView>("task show WEB-1");
        var cleared = await _app.SendAsync<TaskChangedView>("task milestone WEB-1 off");
        var afterwards = await _app.SendAsync<TaskDetailView>("task show WEB-1");

        Assert.Equal((TaskChange.MilestoneSet, true), (flagged.Change, whileFlagged.Task.IsMilestone));
        Assert.Equal((TaskChange.MilestoneCleared, false), (cleared.Change, afterwards.Task.IsMilestone));
    }

    [Theory]
    [InlineData("task milestone WEB-1 off", "WEB-1 is not a milestone.")]
    [InlineData("task milestone WEB-9", "There's no task WEB-9")]
    public async Task TaskMilestone_ExplainsWhy_WhenNothingChanges(string text, string reason)
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Launch #WEB");

        var refused = await _app.SendAsync<ErrorView>(text);

        Assert.StartsWith(reason, refused.Reason, StringComparison.Ordinal);
    }
}
