using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class TaskUseCaseTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TaskAdd_NumbersTasksPerProject()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("project new API Api");

        var first = await _app.SendAsync<TaskChangedView>("task add One #WEB");
        var second = await _app.SendAsync<TaskChangedView>("task add Two #WEB");
        var other = await _app.SendAsync<TaskChangedView>("task add Three #API");

        Assert.Equal(["WEB-1", "WEB-2", "API-1"], new[] { first.Task.Id, second.Task.Id, other.Task.Id });
    }

    [Fact]
    public async Task TaskAdd_RegistersMentionedPerson_SoHandleWorksLater()
    {
        await _app.SendAsync("project new WEB Website");

        var added = await _app.SendAsync<TaskChangedView>("task add Spec <at>Carol Jones</at> #WEB", null, new MentionedUser("Carol Jones", "29:carol", "Carol Jones"));
        var assigned = await _app.SendAsync<TaskChangedView>("task assign WEB-1 @caroljones");

        Assert.Equal("Carol Jones", added.Task.AssigneeName);
        Assert.Equal("Carol Jones", assigned.Task.AssigneeName);
    }

    [Fact]
    public async Task TaskAdd_IsRefused_WhenHandleIsAmbiguous()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add A <at>Sam</at> #WEB", null, new MentionedUser("Sam", "29:sam-1", "Sam"));
        await _app.SendAsync("task add B <at>Sam</at> #WEB", null, new MentionedUser("Sam", "29:sam-2", "Sam"));

        var error = await _app.SendAsync<ErrorView>("task add C @sam #WEB");

        Assert.Contains("More than one person", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskAdd_IsSilentAndCreatesNothing_WhenActivityRepeats()
    {
        await _app.SendAsync("project new WEB Website");

        var first = await _app.SendAsActivityAsync("task add Once #WEB", "same");
        var again = await _app.SendAsActivityAsync("task add Once #WEB", "same");
        var list = await _app.SendAsync<TaskListView>("task list #WEB");

        Assert.IsType<TaskChangedView>(first);
        Assert.IsType<SilentView>(again);
        Assert.Equal(1, list.Total);
    }

    [Fact]
    public async Task EveryChange_AppendsAuditEvent_AndRefusedChangeAppendsNone()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Audit me #WEB");
        await _app.SendAsync("task start WEB-1");
        await _app.SendAsync("task start WEB-1");
        await _app.SendAsync("task due WEB-1 2026-12-01");

        var events = await _app.Store.ReadAsync(
            async (uow, ct) =>
            {
                var workspace = await uow.Workspaces.FindByExternalIdAsync("tenant-a", ct);
                return await uow.Audit.ListForEntityAsync(workspace!.Id, "task", "WEB-1", ct);
            },
            CancellationToken.None);

        Assert.Equal(["created", "started", "rescheduled"], events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal(_app.Clock.GetUtcNow(), e.At));
    }

    [Fact]
    public async Task TaskList_FiltersMineOverdueAndBlocked()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Mine due:tomorrow #WEB <at>Alice</at>", null, new MentionedUser("Alice", "29:alice", "Alice"));
        await _app.SendAsync("task add Bobs <at>Bob</at> due:2026-11-27 #WEB", null, new MentionedUser("Bob", "29:bob", "Bob"));
        await _app.SendAsync("task add Stuck #WEB");
        await _app.SendAsync("task block WEB-3 vendor silent");
        _app.Clock.Advance(TimeSpan.FromDays(2));

        var mine = await _app.SendAsync<TaskListView>("task list mine");
        var overdue = await _app.SendAsync<TaskListView>("task list overdue #WEB");
        var blocked = await _app.SendAsync<TaskListView>("task list blocked");
        var bobs = await _app.SendAsync<TaskListView>("task list @bob");

        Assert.Equal(["WEB-1"], mine.Items.Select(i => i.Id));
        Assert.Equal(["WEB-1", "WEB-2"], overdue.Items.Select(i => i.Id));
        Assert.All(overdue.Items, i => Assert.True(i.IsOverdue));
        Assert.Equal(["WEB-3"], blocked.Items.Select(i => i.Id));
        Assert.Equal(WorkItemStatus.Blocked, blocked.Items[0].Status);
        Assert.Equal(["WEB-2"], bobs.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task TaskList_ShowsFirstItemsAndTotal_WhenManyMatch()
    {
        await _app.SendAsync("project new WEB Website");
        for (var i = 1; i <= 20; i++)
        {
            await _app.SendAsync($"task add Item {i} #WEB");
        }

        var list = await _app.SendAsync<TaskListView>("task list #WEB");

        Assert.Equal(20, list.Total);
        Assert.Equal(Tasks.TaskQueryHandler.ListLimit, list.Items.Count);
        Assert.Equal(20 - Tasks.TaskQueryHandler.ListLimit, list.More);
    }

    [Fact]
    public async Task NothingCrossesWorkspaces()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Private #WEB");

        var projects = await _app.SendAsync<ProjectListView>("project list", Sender.Mallory);
        var show = await _app.SendAsync<ErrorView>("task show WEB-1", Sender.Mallory);
        var ownProject = await _app.SendAsync<ProjectCreatedView>("project new WEB Mallory's own", Sender.Mallory);

        Assert.Empty(projects.Projects);
        Assert.StartsWith("There's no task WEB-1 here.", show.Reason, StringComparison.Ordinal);
        Assert.Equal("WEB", ownProject.Project.Key);
    }
}
