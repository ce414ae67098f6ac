using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class LessonUseCaseTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.SendAsync("program new APOLLO Digital storefront");
        await _app.SendAsync("project new WEB Website program:APOLLO");
        await _app.SendAsync("project new OPS Operations");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Lessons_AreListedNewestFirst_ByProjectOrProgram_AndTheNewestShowInProgramStatus()
    {
        await _app.SendAsync("lesson add #WEB book the load test a week earlier");
        await _app.SendAsync("lesson add #OPS rotate keys before the freeze");
        await _app.SendAsync("lesson add #WEB freeze copy before translation");

        var program = await _app.SendAsync<LessonListView>("lesson list program:APOLLO");
        var all = await _app.SendAsync<LessonListView>("lesson list");
        var status = await _app.SendAsync<ProgramStatusView>("program status APOLLO");

        Assert.Equal(["freeze copy before translation", "book the load test a week earlier"], program.Lessons.Select(l => l.Text));
        Assert.Equal(("program APOLLO", 3, "this workspace"), (program.Scope, all.Total, all.Scope));
        Assert.Equal(["freeze copy before translation", "book the load test a week earlier"], status.Lessons!.Select(l => l.Text));
    }

    [Theory]
    [InlineData("lesson add #WEB", "Write what was learned")]
    [InlineData("lesson add #NOPE keep notes", "There's no project NOPE here.")]
    [InlineData("lesson add keep notes", "Which project?")]
    [InlineData("lesson list program:NOPE", "There's no program NOPE here.")]
    [InlineData("lesson list #WEB program:APOLLO", "List one scope")]
    [InlineData("lesson forget #WEB", "I don't know 'forget'.")]
    public async Task BadInput_IsExplained_AndKeepsNothing(string text, string reason)
    {
        var refused = await _app.SendAsync<ErrorView>(text);
        var all = await _app.SendAsync<LessonListView>("lesson list");

        Assert.StartsWith(reason, refused.Reason, StringComparison.Ordinal);
        Assert.Equal(0, all.Total);
    }

    [Fact]
    public async Task Lessons_OfAnotherWorkspace_AreNotListed()
    {
        await _app.SendAsync("project new WEB Website", Sender.Mallory);
        await _app.SendAsync("lesson add #WEB secret", Sender.Mallory);

        var all = await _app.SendAsync<LessonListView>("lesson list #WEB");

        Assert.Empty(all.Lessons);
    }
}
