using ProgramBot.Application.Views;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class ProgramUseCaseTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.SendAsync("program new APOLLO Digital storefront objective:\"Grow online sales\"");
        await _app.SendAsync("program new ZEUS Other program");
        await _app.SendAsync("project new API Backend end:2026-12-31");
        await _app.SendAsync("project new WEB Website end:2026-12-15");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AddProject_PutsTheProjectInTheProgram_AndStatusShowsIt()
    {
        var added = await _app.SendAsync<MessageView>("program add-project APOLLO #WEB");
        var status = await _app.SendAsync<ProgramStatusView>("program status APOLLO");

        Assert.Equal("WEB (Website) is now part of program APOLLO.", added.Text);
        Assert.Equal(["WEB"], status.Projects.Select(p => p.Key));
    }

    [Theory]
    [InlineData("program add-project APOLLO #WEB", "WEB is already in program APOLLO.")]
    [InlineData("program add-project ZEUS #WEB", "WEB is in program APOLLO; a project belongs to one program at most.")]
    [InlineData("program add-project NOPE #API", "There's no program NOPE here.")]
    [InlineData("program add-project APOLLO #NOPE", "There's no project NOPE here.")]
    [InlineData("program add-project APOLLO", "Which project joins APOLLO?")]
    [InlineData("program status NOPE", "There's no program NOPE here.")]
    [InlineData("program status", "Which program?")]
    [InlineData("program stakeholders APOLLO", "Name 1 to 20 people")]
    [InlineData("program stakeholders APOLLO dana", "'dana' is not a person")]
    [InlineData("program stakeholders NOPE @dana", "There's no program NOPE here.")]
    public async Task BadInput_IsExplained_AndChangesNothing(string text, string reason)
    {
        await _app.SendAsync("program add-project APOLLO #WEB");

        var refused = await _app.SendAsync<ErrorView>(text);
        var apollo = await _app.SendAsync<ProgramStatusView>("program status APOLLO");
        var zeus = await _app.SendAsync<ProgramStatusView>("program status ZEUS");

        Assert.StartsWith(reason, refused.Reason, StringComparison.Ordinal);
        Assert.Equal(("WEB", 0, 0), (string.Join(',', apollo.Projects.Select(p => p.Key)), zeus.Projects.Count, apollo.Stakeholders.Count));
    }

    [Fact]
    public async Task AddProject_OfAnotherWorkspace_IsUnknown()
    {
        await _app.SendAsync("project new OPS Operations", Sender.Mallory);

        var refused = await _app.SendAsync<ErrorView>("program add-project APOLLO #OPS");

        Assert.StartsWith("There's no project OPS here.", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stakeholders_AreStored_AndReplacedAsAWhole()
    {
        await _app.SendAsync("project list", Sender.Bob);
        await _app.SendAsync("program stakeholders APOLLO me @bob");
        await _app.SendAsync("program stakeholders APOLLO @bob");

        var status = await _app.SendAsync<ProgramStatusView>("program status APOLLO");

        Assert.Equal(["Bob"], status.Stakeholders);
    }

    [Fact]
    public async Task Stakeholders_AreNamedOnlyByTheProgramsManagerOrAnAdmin()
    {
        await _app.SendAsync("program stakeholders APOLLO me");

        var refused = await _app.SendAsync<ErrorView>("program stakeholders APOLLO me", Sender.Bob);
        var status = await _app.SendAsync<ProgramStatusView>("program status APOLLO");

        Assert.StartsWith("Only the program's manager or a workspace admin can name its stakeholders.", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(["Alice"], status.Stakeholders);
    }

    [Fact]
    public async Task Status_RollsUpHealth_CrossProjectSlips_AndTheCriticalChain()
    {
        await _app.SendAsync("program add-project APOLLO #WEB");
        await _app.SendAsync("program add-project APOLLO #API");
        await _app.SendAsync("task add Endpoint due:2026-12-10 #API");
        await _app.SendAsync("task add Schema due:2026-12-05 #API");
        await _app.SendAsync("task add Launch due:2026-12-12 #WEB milestone");
        await _app.SendAsync("task estimate API-1 3");
        await _app.SendAsync("task done API-2");
        await _app.SendAsync("task depends API-1 on API-2");
        await _app.SendAsync("task depends WEB-1 on API-1");
        await _app.SendAsync("task due API-1 2026-12-20");

        var status = await _app.SendAsync<ProgramStatusView>("program status APOLLO");
        var api = status.Projects.Single(p => p.Key == "API");
        var web = status.Projects.Single(p => p.Key == "WEB");

        // API: Schema (unestimated, counts as the median 3 days) done, Endpoint (3 days) open: 50 %.
        Assert.Equal((50, Rag.Green), (api.PercentComplete, api.Effective));
        Assert.Equal((new DateOnly(2026, 12, 20), Rag.Red), (web.ForecastEnd, web.Computed.Rag));
        Assert.Equal(["forecast end 2026-12-20 after target 2026-12-15"], web.Computed.Reasons);
        Assert.Equal("API-1 slipped 10 days → milestone Launch now Dec 20, after target Dec 15; project API now ends Dec 20; project WEB now ends Dec 20, after target Dec 15; program APOLLO now ends Dec 20", Assert.Single(status.CrossProjectSlips));
        Assert.Equal(["API-1", "WEB-1"], status.CriticalChain.Select(s => s.Id));
    }

    [Fact]
    public async Task Status_CountsRisksByBand_AndOverdueAndBlocked()
    {
        await _app.SendAsync("program add-project APOLLO #WEB");
        await _app.SendAsync("risk add Vendor may slip #WEB p:5 i:4");
        await _app.SendAsync("risk add Budget cut #WEB p:2 i:5");
        await _app.SendAsync("task add Spec due:2026-11-27 #WEB");
        await _app.SendAsync("task block WEB-1 waiting for legal");
        _app.Clock.Advance(TimeSpan.FromDays(5));

        var web = (await _app.SendAsync<ProgramStatusView>("program status APOLLO")).Projects[0];

        Assert.Equal((1, 1, 1, 1), (web.Risks.Critical, web.Risks.High, web.Overdue, web.Blocked));
        Assert.Equal((Rag.Red, "1 critical risk open"), (web.Computed.Rag, Assert.Single(web.Computed.Reasons)));
    }
}
