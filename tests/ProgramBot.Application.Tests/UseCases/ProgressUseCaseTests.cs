using ProgramBot.Application.Views;
using ProgramBot.Domain.Progress;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class ProgressUseCaseTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TaskProgress_UpdatesPercentAndStartsTask()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Tests #WEB");

        var report = await _app.SendAsync<ProgressView>("progress WEB-1 60% tests green");
        var task = await _app.SendAsync<TaskDetailView>("task show WEB-1");

        Assert.Equal(("WEB-1", 60, "tests green"), (report.Target, report.Percent, report.Done));
        Assert.Equal(WorkItemStatus.InProgress, task.Task.Status);
    }

    [Fact]
    public async Task TaskProgress_At100_CompletesTask()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Tests #WEB");

        await _app.SendAsync<ProgressView>("progress WEB-1 100%");
        var task = await _app.SendAsync<TaskDetailView>("task show WEB-1");

        Assert.Equal(WorkItemStatus.Done, task.Task.Status);
    }

    [Fact]
    public async Task ProjectProgress_IsStored_AndShownInStatus()
    {
        await _app.SendAsync("project new WEB Website");

        var report = await _app.SendAsync<ProgressView>("progress #WEB 40% rag:amber vendor is late");
        var status = await _app.SendAsync<ProjectStatusView>("project status #WEB");

        Assert.Equal((Rag.Amber, "vendor is late"), (report.Rag, report.RagReason));
        Assert.Equal(40, status.LatestReport?.Percent);
    }

    [Theory]
    [InlineData("progress #WEB")]
    [InlineData("progress #WEB 40%")]
    [InlineData("progress #WEB 40% rag:red")]
    [InlineData("progress WEB-1")]
    [InlineData("progress")]
    public async Task IncompleteProgress_GoesToGuidedForm(string text)
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Tests #WEB");

        var form = await _app.SendAsync<GuidedFormView>(text);

        Assert.Equal(GuidedForm.Progress, form.Form);
    }

    [Fact]
    public async Task ProgressOnDoneTask_IsRefused()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("task add Tests #WEB");
        await _app.SendAsync("task done WEB-1");

        var error = await _app.SendAsync<ErrorView>("progress WEB-1 50%");

        Assert.Contains("already done", error.Reason, StringComparison.Ordinal);
    }
}
