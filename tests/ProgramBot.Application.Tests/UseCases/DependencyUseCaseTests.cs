using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class DependencyUseCaseTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.SendAsync("project new API Backend");
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Endpoint due:2026-12-10 #API");
        await _app.SendAsync("task add Page due:2026-12-08 #WEB");
        await _app.SendAsync("task add Launch due:2026-12-09 #WEB");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Depends_LinksTasksAcrossProjects_AndShowsThemOnBothTasks()
    {
        var reply = await _app.SendAsync<MessageView>("task depends WEB-1 on API-1");
        var successor = await _app.SendAsync<TaskDetailView>("task show WEB-1");
        var predecessor = await _app.SendAsync<TaskDetailView>("task show API-1");

        Assert.StartsWith("WEB-1 now depends on API-1 → WEB-1 slips 2 days", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["API-1 Endpoint"], successor.WaitsFor);
        Assert.Equal(["WEB-1 Page"], predecessor.HoldsUp);
        Assert.Equal((new DateOnly(2026, 12, 10), null), (successor.PushedTo, predecessor.PushedTo));
    }

    [Fact]
    public async Task Depends_RefusesALoop_AndSpellsItOut()
    {
        await _app.SendAsync("task depends WEB-1 on API-1");
        await _app.SendAsync("task depends WEB-2 on WEB-1");

        var refused = await _app.SendAsync<ErrorView>("task depends API-1 on WEB-2");
        var shown = await _app.SendAsync<TaskDetailView>("task show API-1");

        Assert.Equal("That would make a loop: WEB-2 → API-1 → WEB-1 → WEB-2. Remove a link first (task undepend …).", refused.Reason);
        Assert.Empty(shown.WaitsFor!);
    }

    [Theory]
    [InlineData("task depends WEB-1 on WEB-1", "WEB-1 can't depend on itself.")]
    [InlineData("task depends WEB-1 on API-9", "There's no task API-9 here.")]
    [InlineData("task depends WEB-9 on API-1", "There's no task WEB-9 here.")]
    [InlineData("task undepend WEB-1 on API-1", "WEB-1 does not depend on API-1.")]
    [InlineData("task depends WEB-1 API-1", "Say which task WEB-1 waits for")]
    [InlineData("task depends WEB-1 on", "Say which task WEB-1 waits for")]
    [InlineData("task depends WEB-1 on API-1 now", "I don't know what 'now' is for")]
    [InlineData("task estimate WEB-1 -2", "'-2' is not an estimate")]
    [InlineData("task estimate WEB-1 lots", "'lots' is not an estimate")]
    [InlineData("task estimate WEB-9 2", "There's no task WEB-9 here.")]
    public async Task BadInput_IsExplained_AndChangesNothing(string text, string reason)
    {
        var refused = await _app.SendAsync<ErrorView>(text);
        var shown = await _app.SendAsync<TaskDetailView>("task show WEB-1");

        Assert.StartsWith(reason, refused.Reason, StringComparison.Ordinal);
        Assert.Empty(shown.WaitsFor!);
    }

    [Fact]
    public async Task Depends_OnAnotherWorkspacesTask_IsUnknown()
    {
        await _app.SendAsync("project new OPS Operations", Sender.Mallory);
        await _app.SendAsync("task add Secret #OPS", Sender.Mallory);

        var refused = await _app.SendAsync<ErrorView>("task depends WEB-1 on OPS-1");

        Assert.StartsWith("There's no task OPS-1 here.", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Depends_Twice_IsRefused_AndUndependRemovesTheLink()
    {
        await _app.SendAsync("task depends WEB-1 on API-1");

        var twice = await _app.SendAsync<ErrorView>("task depends WEB-1 on API-1");
        var removed = await _app.SendAsync<MessageView>("task undepend WEB-1 on API-1");
        var shown = await _app.SendAsync<TaskDetailView>("task show WEB-1");

        Assert.Equal("WEB-1 already depends on API-1.", twice.Reason);
        Assert.Equal("WEB-1 no longer depends on API-1.", removed.Text);
        Assert.Empty(shown.WaitsFor!);
    }

    [Fact]
    public async Task Depends_WithSlack_SaysNothingMoves()
    {
        var reply = await _app.SendAsync<MessageView>("task depends API-1 on WEB-1");

        Assert.Equal("API-1 now depends on WEB-1; no forecast moves.", reply.Text);
        Assert.Empty(_app.Messenger.Texts);
    }

    [Fact]
    public async Task Estimate_IsStoredAndCleared()
    {
        var set = await _app.SendAsync<MessageView>("task estimate WEB-1 2.5");
        var cleared = await _app.SendAsync<MessageView>("task estimate WEB-1 off");

        Assert.Equal(("WEB-1 is estimated at 2.5 days of work.", "WEB-1 has no estimate now."), (set.Text, cleared.Text));
    }
}
