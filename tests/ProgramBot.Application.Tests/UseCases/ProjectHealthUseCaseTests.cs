using ProgramBot.Application.Views;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class ProjectHealthUseCaseTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.SendAsync("program new APOLLO Digital storefront");
        await _app.SendAsync("project new WEB Website program:APOLLO");
        await _app.SendAsync("task add Spec #WEB");
        await _app.SendAsync("task add Build #WEB");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Rag_OverridesUntilItExpires_AndBothValuesAreShown()
    {
        var set = await _app.SendAsync<MessageView>("project rag #WEB red reason:\"vendor confirmed the delay\" days:3");
        var during = await WebAsync();
        _app.Clock.Advance(TimeSpan.FromDays(3));
        var after = await WebAsync();

        Assert.Equal("WEB is red by override until Sun 29 Nov: vendor confirmed the delay", set.Text);
        Assert.Equal((Rag.Red, Rag.Green, "vendor confirmed the delay"), (during.Effective, during.Computed.Rag, during.Override?.Reason));
        Assert.Equal((Rag.Green, null), (after.Effective, after.Override));
    }

    [Fact]
    public async Task Budget_AndSpend_GiveUsedVarianceAndForecast()
    {
        await _app.SendAsync("project budget #WEB 120,000 EUR");
        await _app.SendAsync("progress WEB-1 100%");
        var spent = await _app.SendAsync<MessageView>("project spend #WEB 90000 vendor invoice");

        var budget = (await WebAsync()).Budget!;

        Assert.Equal("Logged 90,000 EUR on WEB (vendor invoice): 90,000 of 120,000 EUR spent.", spent.Text);
        Assert.Equal((75, 30_000m, 180_000m), (budget.UsedPercent, budget.Variance, budget.ForecastAtCompletion));
        Assert.Equal(["budget forecast 50% over"], (await WebAsync()).Computed.Reasons);
    }

    [Fact]
    public async Task ProjectStatus_ShowsHealth_WithPercentWeightedByEstimate()
    {
        await _app.SendAsync("task estimate WEB-1 3");
        await _app.SendAsync("task estimate WEB-2 1");
        await _app.SendAsync("task done WEB-1");
        await _app.SendAsync("project rag #WEB amber reason:\"legal review\"");

        var status = await _app.SendAsync<ProjectStatusView>("project status #WEB");

        Assert.Equal((75, Rag.Amber, Rag.Green), (status.PercentComplete, status.Health?.Effective, status.Health?.Computed.Rag));
    }

    [Fact]
    public async Task TaskAdd_TakesAnEstimate_ThatWeighsPercentComplete()
    {
        await _app.SendAsync("task add Big job est:8 #WEB");
        await _app.SendAsync("task done WEB-3");

        var refused = await _app.SendAsync<ErrorView>("task add Bad job est:0 #WEB");
        var status = await _app.SendAsync<ProjectStatusView>("project status #WEB");

        // Big job weighs 8 days; the two unestimated tasks weigh the median, 8, each: 8 of 24.
        Assert.StartsWith("'0' is not an estimate", refused.Reason, StringComparison.Ordinal);
        Assert.Equal((33, 3), (status.PercentComplete, status.Total));
    }

    [Theory]
    [InlineData("project rag #WEB red", "An override needs a reason")]
    [InlineData("project rag #WEB red reason:\"late\" days:0", "An override lasts 1 to 90 days")]
    [InlineData("project rag #WEB red reason:\"late\" days:soon", "'soon' is not a number of days")]
    [InlineData("project rag #WEB purple reason:\"late\"", "Say the RAG to show")]
    [InlineData("project rag #NOPE red reason:\"late\"", "There's no project NOPE here.")]
    [InlineData("project budget #WEB -5 EUR", "The amount is a number above 0")]
    [InlineData("project budget #WEB 1.234 EUR", "The amount is a number above 0")]
    [InlineData("project budget #WEB lots EUR", "The amount is a number above 0")]
    [InlineData("project budget #WEB 100 euros", "Give the currency as a three-letter code")]
    [InlineData("project spend #WEB 100", "Say what the money went on")]
    [InlineData("project spend #WEB 100 coffee", "WEB has no budget yet")]
    public async Task BadInput_IsExplained_AndChangesNothing(string text, string reason)
    {
        var refused = await _app.SendAsync<ErrorView>(text);
        var web = await WebAsync();

        Assert.StartsWith(reason, refused.Reason, StringComparison.Ordinal);
        Assert.Equal((null, null), (web.Override, web.Budget));
    }

    [Fact]
    public async Task Rag_AndBudget_AreRefused_ForSomeoneWhoDoesNotManageTheProject()
    {
        var rag = await _app.SendAsync<ErrorView>("project rag #WEB red reason:\"I think so\"", Sender.Bob);
        var budget = await _app.SendAsync<ErrorView>("project budget #WEB 10 EUR", Sender.Bob);

        Assert.Equal("Only WEB's manager or its program's manager can do that (a workspace admin, when it has neither).", rag.Reason);
        Assert.Equal(rag.Reason, budget.Reason);
        Assert.Null((await WebAsync()).Override);
    }

    private async Task<ProjectHealthView> WebAsync() => (await _app.SendAsync<ProgramStatusView>("program status APOLLO")).Projects.Single();
}
