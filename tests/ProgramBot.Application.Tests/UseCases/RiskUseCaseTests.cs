using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class RiskUseCaseTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task RiskAdd_LogsRiskWithScoreAndBand_WhenComplete()
    {
        await _app.SendAsync("project new WEB Website");

        var logged = await _app.SendAsync<RiskChangedView>("risk add Vendor API may slip #WEB p:3 i:3");

        Assert.Equal(("R-1", 9, RiskBand.Medium, "WEB", "Alice"), (logged.Risk.Id, logged.Risk.Score, logged.Risk.Band, logged.Risk.Scope, logged.Risk.OwnerName));
        Assert.Null(logged.EscalatedTo);
    }

    [Theory]
    [InlineData("risk add Vendor slip #WEB")]
    [InlineData("risk add Vendor slip p:2 i:2")]
    [InlineData("risk add #WEB p:2 i:2")]
    [InlineData("risk new")]
    public async Task RiskAdd_AsksForTheRest_WhenIncomplete(string text)
    {
        await _app.SendAsync("project new WEB Website");

        var form = await _app.SendAsync<GuidedFormView>(text);
        var list = await _app.SendAsync<RiskListView>("risk list");

        Assert.Equal(GuidedForm.Risk, form.Form);
        Assert.Equal(0, list.Total);
    }

    [Fact]
    public async Task RiskAdd_EscalatesToProgramManager_WhenScoreReachesThreshold()
    {
        await _app.SendAsync("program new APOLLO Storefront pm:<at>Dana</at>", null, new MentionedUser("Dana", "29:dana", "Dana"));
        await _app.SendAsync("project new WEB Website program:APOLLO");

        var logged = await _app.SendAsync<RiskChangedView>("risk add Launch slips #WEB p:4 i:4");

        Assert.Equal(RiskBand.Critical, logged.Risk.Band);
        Assert.Equal(("Dana", "29:dana", "program manager"), (logged.EscalatedTo?.Name, logged.EscalatedTo?.ChannelUserId, logged.EscalatedTo?.Role));
        Assert.Equal(Domain.Approvals.ApprovalKind.RiskAcceptance, logged.EscalatedTo?.Approval?.Kind);
        Assert.Equal(["29:dana"], logged.EscalatedTo?.Approval?.PendingApproverIds);
    }

    [Fact]
    public async Task RiskUpdate_EscalatesOnlyWhenCrossingThreshold()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("risk add Slip #WEB p:2 i:5");

        var crossed = await _app.SendAsync<RiskChangedView>("risk update R-1 p:3");
        var stillHigh = await _app.SendAsync<RiskChangedView>("risk update R-1 i:4 mitigation:second vendor");

        Assert.Equal("project manager", crossed.EscalatedTo?.Role);
        Assert.Null(stillHigh.EscalatedTo);
        Assert.Equal(RiskStatus.Mitigating, stillHigh.Risk.Status);
    }

    [Fact]
    public async Task RiskClose_ClosesOnce_AndListHidesIt()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("risk add Slip #WEB p:2 i:2");

        var closed = await _app.SendAsync<RiskChangedView>("risk close R-1 mitigated");
        var again = await _app.SendAsync<ErrorView>("risk close R-1 twice");
        var open = await _app.SendAsync<RiskListView>("risk list");
        var all = await _app.SendAsync<RiskListView>("risk list all");

        Assert.Equal(RiskStatus.Closed, closed.Risk.Status);
        Assert.Contains("already closed", again.Reason, StringComparison.Ordinal);
        Assert.Equal(0, open.Total);
        Assert.Equal(1, all.Total);
    }

    [Fact]
    public async Task RiskBands_ChangeBandsAndThreshold()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync<RiskBandsView>("risk bands 3 6 9 escalate:9");

        var logged = await _app.SendAsync<RiskChangedView>("risk add Slip #WEB p:3 i:3");

        Assert.Equal(RiskBand.Critical, logged.Risk.Band);
        Assert.NotNull(logged.EscalatedTo);
    }

    [Theory]
    [InlineData("risk bands 9 6 3", "Bands must rise")]
    [InlineData("risk update R-9 p:1", "There's no risk R-9 here.")]
    [InlineData("risk add Slip #WEB p:2 i:2 review:2026-01-01", "in the past")]
    [InlineData("risk add Slip program:NOPE p:2 i:2", "no program NOPE")]
    public async Task BadRiskInput_IsRefused(string text, string reason)
    {
        await _app.SendAsync("project new WEB Website");

        var error = await _app.SendAsync<ErrorView>(text);

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RiskOfAnotherWorkspace_IsNotFound()
    {
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("risk add Secret #WEB p:2 i:2");

        var error = await _app.SendAsync<ErrorView>("risk show R-1", Sender.Mallory);

        Assert.StartsWith("There's no risk R-1 here.", error.Reason, StringComparison.Ordinal);
    }
}
