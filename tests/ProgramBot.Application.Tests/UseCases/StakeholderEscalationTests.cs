using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Risks;

namespace ProgramBot.Application.Tests.UseCases;

/// <summary>A program's stakeholders are the audience of its escalations: each hears once, in their personal chat.</summary>
public sealed class StakeholderEscalationTests : IAsyncLifetime
{
    private static readonly Sender Carol = Sender.Bob with { Id = "29:carol", Name = "Carol" };
    private readonly UseCaseHarness _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.SendAsync("help", Sender.Bob);
        await _app.SendAsync("help", Carol);
        await _app.SendAsync("project new WEB Website");
        await _app.SendAsync("project new OPS Operations");
        await _app.SendAsync("program new APOLLO Storefront pm:me");
        await _app.SendAsync("program add-project APOLLO #WEB");
        await _app.SendAsync("program stakeholders APOLLO @bob @carol");
        await _app.PersonalAsync("bob-personal", "29:bob");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task RiskOfAProgramEscalated_TellsEachReachableStakeholderOnce()
    {
        await _app.SendAsync("risk add Vendor gone #WEB p:5 i:4");

        var (conversation, text) = Assert.Single(_app.Messenger.Texts);
        Assert.Equal("bob-personal", conversation);
        Assert.Equal(
            "⚠️ Risk R-1 Vendor gone (score 20, critical) in project WEB of program APOLLO reached the escalation threshold; "
            + "Alice is asked to decide. You hear this as a stakeholder of the program.",
            text);
    }

    [Fact]
    public async Task EscalationJobRunAgain_TellsNoOneTwice()
    {
        await _app.SendAsync("risk add Vendor gone #WEB p:5 i:4");
        var job = _app.Services.GetServices<IScheduledJob>().Single(j => j.Kind == EscalationNoticeJob.JobKind);

        await job.RunAsync(EscalationNoticeJob.ArgumentFor(1, 1), CancellationToken.None);

        Assert.Single(_app.Messenger.Texts);
    }

    [Theory]
    [InlineData("risk add Minor glitch #WEB p:2 i:2")]
    [InlineData("risk add Outage #OPS p:5 i:5")]
    public async Task RiskBelowTheThresholdOrOutsideAnyProgram_TellsNoStakeholder(string line)
    {
        await _app.SendAsync(line);

        Assert.Empty(_app.Messenger.Texts);
    }

    [Fact]
    public async Task RiskRaisedToTheThreshold_TellsTheStakeholders_AndRaisingItFurtherDoesNot()
    {
        await _app.SendAsync("risk add Vendor late #WEB p:3 i:3");
        await _app.SendAsync("risk update R-1 p:4 i:4");
        await _app.SendAsync("risk update R-1 p:5 i:5");

        var (_, text) = Assert.Single(_app.Messenger.Texts);
        Assert.StartsWith("⚠️ Risk R-1 Vendor late (score 16, critical)", text, StringComparison.Ordinal);
    }
}
