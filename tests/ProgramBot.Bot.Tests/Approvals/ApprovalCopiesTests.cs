using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Moq;
using ProgramBot.Application.Approvals;

namespace ProgramBot.Bot.Tests.Approvals;

/// <summary>
/// The deciding turn's work on the copies of an approval card: each copy updated in place and what it now
/// shows recorded; a copy the turn could not update, or that the background job is updating, left behind for
/// the job, which is queued;
/// one the bot can no longer reach given up; the requester told once, or the notice given back.
/// </summary>
public sealed class ApprovalCopiesTests : IAsyncLifetime
{
    private ApprovalScenario _scenario = null!;

    public async Task InitializeAsync() => _scenario = await ApprovalScenario.StartAsync();

    public async Task DisposeAsync() => await _scenario.DisposeAsync();

    [Fact]
    public async Task UpdateAsync_RecordsTheVersionEachUpdatedCopyShows_AndTellsTheRequesterOnce()
    {
        var outcome = await _scenario.DecideAsync();

        await _scenario.CopyAsync(outcome);

        Assert.Equal([("conv-a", "card-1"), ("conv-b", "card-2")], _scenario.Adapter.Updates);
        var (conversation, text) = Assert.Single(_scenario.Adapter.Posts);
        Assert.Equal("conv-a", conversation);
        Assert.Contains("<at>Alice</at> A-1 \"Extra 10k\" was approved by Bob.", text, StringComparison.Ordinal);
        Assert.Empty(await _scenario.OutdatedAsync());
        Assert.Empty(await _scenario.DueNoticesAsync());
        _scenario.Scheduler.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task UpdateAsync_LeavesACopyThatFailed_ForTheBackgroundJob_AndQueuesIt()
    {
        _scenario.Adapter.FailingUpdates["card-2"] = new HttpRequestException("connection reset");
        var outcome = await _scenario.DecideAsync();

        await _scenario.CopyAsync(outcome);

        var behind = Assert.Single(await _scenario.OutdatedAsync());
        Assert.Equal((_scenario.Second, 1), (behind.Message, behind.TargetVersion));
        _scenario.Scheduler.Verify(s => s.EnqueueAsync(ApprovalCopyJob.JobKind, ApprovalCopyJob.Argument, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task UpdateAsync_LeavesACopyTheBackgroundJobIsUpdating_ToIt_AndQueuesIt()
    {
        var outcome = await _scenario.DecideAsync();
        var held = await _scenario.Ledger.ClaimAsync(
            _scenario.WorkspaceId, ApprovalScenario.A1, 1, [_scenario.Second], TimeSpan.FromMinutes(5), dueOnly: true, CancellationToken.None);

        await _scenario.CopyAsync(outcome);

        Assert.Single(held);
        Assert.Equal([("conv-a", "card-1")], _scenario.Adapter.Updates);
        Assert.Equal([_scenario.Second], (await _scenario.OutdatedAsync()).Select(c => c.Message));
        _scenario.Scheduler.Verify(s => s.EnqueueAsync(ApprovalCopyJob.JobKind, ApprovalCopyJob.Argument, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task UpdateAsync_GivesUpACopyTheBotCanNoLongerReach()
    {
        _scenario.Adapter.FailingUpdates["card-2"] = Refused(HttpStatusCode.NotFound);
        var outcome = await _scenario.DecideAsync();

        await _scenario.CopyAsync(outcome);

        Assert.Empty(await _scenario.OutdatedAsync());
        var live = await _scenario.Store.ReadAsync((uow, ct) => uow.Approvals.ListMessagesAsync(_scenario.WorkspaceId, ApprovalScenario.A1, ct), CancellationToken.None);
        Assert.Equal([_scenario.First], live);
        _scenario.Scheduler.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task UpdateAsync_GivesTheNoticeBack_WhenItsPostFails()
    {
        _scenario.Adapter.FailingPosts = new HttpRequestException("connection reset");
        var outcome = await _scenario.DecideAsync();

        await _scenario.CopyAsync(outcome);

        var notice = Assert.Single(await _scenario.DueNoticesAsync());
        Assert.Equal((null, 1), (notice.ClaimedAt, notice.Claims));
        Assert.Empty(await _scenario.OutdatedAsync());
        _scenario.Scheduler.Verify(s => s.EnqueueAsync(ApprovalCopyJob.JobKind, ApprovalCopyJob.Argument, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task UpdateAsync_ReadsASlackUpdateAnsweredWithoutAnId_AsNotDone()
    {
        await using var slack = await ApprovalScenario.StartAsync("slack");
        slack.Adapter.UpdatesWithoutId.Add("card-1");
        var outcome = await slack.DecideAsync();

        await slack.CopyAsync(outcome);

        Assert.Equal([slack.First], (await slack.OutdatedAsync()).Select(c => c.Message));
        Assert.Equal([("conv-b", "card-2")], slack.Adapter.Updates);
    }

    private static ErrorResponseException Refused(HttpStatusCode status) =>
        new($"Operation returned an invalid status code '{status}'")
        {
            Response = new HttpResponseMessageWrapper(new HttpResponseMessage(status), string.Empty),
        };
}
