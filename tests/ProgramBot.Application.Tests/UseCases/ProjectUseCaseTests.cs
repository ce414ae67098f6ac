using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class ProjectUseCaseTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ProjectNew_DefaultsManagerToSender_AndLinksProgram()
    {
        await _app.SendAsync<ProgramCreatedView>("program new APOLLO Digital storefront");

        var created = await _app.SendAsync<ProjectCreatedView>("project new WEB Website relaunch program:APOLLO end:2027-03-31");

        Assert.Equal("Alice", created.Project.ManagerName);
        Assert.Equal("APOLLO", created.Project.ProgramKey);
        Assert.Equal(new DateOnly(2027, 3, 31), created.Project.TargetEnd);
    }

    [Fact]
    public async Task ProjectStatus_CountsTasksAndListsWhatNeedsAttention()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add A due:tomorrow #WEB");
        await _app.SendAsync("task add B #WEB");
        await _app.SendAsync("task add C #WEB");
        await _app.SendAsync("task add D #WEB");
        await _app.SendAsync("task done WEB-2");
        await _app.SendAsync("task start WEB-3");
        await _app.SendAsync("task block WEB-4 waiting");
        _app.Clock.Advance(TimeSpan.FromDays(3));

        var status = await _app.SendAsync<ProjectStatusView>("project status #WEB");

        Assert.Equal((4, 1, 1, 1, 1, 1, 25), (status.Total, status.Todo, status.InProgress, status.Blocked, status.Done, status.Overdue, status.PercentComplete));
        Assert.Equal(["WEB-1", "WEB-4"], status.Attention.Select(t => t.Id));
    }

    [Fact]
    public async Task ProjectBind_IsPerConversation()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("project bind #WEB");

        var here = await _app.SendAsync<TaskChangedView>("task add Bound");
        var elsewhere = await _app.SendAsync<GuidedFormView>("task add Unbound", Sender.Alice with { Conversation = "other" });
        var list = await _app.SendAsync<ProjectListView>("project list");

        Assert.Equal("WEB-1", here.Task.Id);
        Assert.Equal(GuidedForm.Task, elsewhere.Form);
        Assert.Equal("WEB", list.BoundProjectKey);
    }

    [Fact]
    public async Task SenderZone_DecidesToday()
    {
        await _app.SendAsync("project new WEB Website");
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 23, 30, 0, TimeSpan.Zero));

        var utc = await _app.SendAsync<TaskChangedView>("task add In UTC due:today #WEB");
        var tokyo = await _app.SendAsync<TaskChangedView>("task add In Tokyo due:today #WEB", Sender.Alice with { TimeZone = "Asia/Tokyo" });
        var remembered = await _app.SendAsync<TaskChangedView>("task add Remembered due:today #WEB");

        Assert.Equal(new DateOnly(2026, 11, 26), utc.Task.Due);
        Assert.Equal(new DateOnly(2026, 11, 27), tokyo.Task.Due);
        Assert.Equal(new DateOnly(2026, 11, 27), remembered.Task.Due);
    }

    [Fact]
    public async Task Help_ListsTaskCommands()
    {
        var help = await _app.SendAsync<HelpView>("help task");

        Assert.Contains(help.Entries, e => e.Usage.StartsWith("task add", StringComparison.Ordinal));
    }
}
