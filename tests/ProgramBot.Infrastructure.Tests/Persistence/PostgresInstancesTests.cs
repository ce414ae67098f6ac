using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Workspaces;
using ProgramBot.Application.Digests;
using ProgramBot.Infrastructure.Tests.Support;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.Persistence;

/// <summary>
/// Two instances (their own services and connection pools) on one PostgreSQL schema, racing for what must
/// happen once: each race has exactly one winner, as with SQLite's single writer.
/// </summary>
public sealed class PostgresInstancesTests : IAsyncLifetime
{
    private const int Racers = 8;
    private static readonly DateTimeOffset Now = SqliteTestDatabase.Start;
    private PostgresTestDatabase _first = null!;
    private PostgresTestDatabase _second = null!;
    private TestWorkspace _workspace = null!;

    public async Task InitializeAsync()
    {
        if (!TestKit.Storage.PostgresTestServer.IsConfigured)
        {
            return;
        }

        _first = await PostgresTestDatabase.CreateMigratedAsync();
        _second = await PostgresTestDatabase.CreateOnSameSchemaAsync(_first);
        _workspace = await TestWorkspace.CreateAsync(_first);
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
            await _first.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task TryClaimAsync_LetsOneInstanceHandleAnActivity_WhenBothReceiveIt()
    {
        var claims = await RaceAsync(db => db.WriteValueAsync(uow => uow.ProcessedActivities.TryClaimAsync(_workspace.Id, "activity-1", Now, default)));

        Assert.Single(claims, claimed => claimed);
    }

    [PostgresFact]
    public async Task ClaimSlotAsync_LetsOneInstanceSendADigestSlot_WhenDueOnBoth()
    {
        var slot = Now.AddHours(1);

        var claims = await RaceAsync(db => db.WriteValueAsync(uow => uow.Digests.ClaimSlotAsync(
            _workspace.Id, 1, slot, Now, Now - TimeSpan.FromMinutes(10), DigestOptions.MaxClaims, default)));

        Assert.Single(claims, claimed => claimed);
    }

    [PostgresFact]
    public async Task RecordDecisionAsync_RecordsOneDecision_WhenTheApproverClicksOnBoth()
    {
        var draft = new ApprovalDraft(
            ApprovalKind.Schedule, "Move launch", _workspace.Project.Id, _workspace.Member.Id, [_workspace.Member.Id], ApprovalPolicy.Any, null);
        var number = await _first.WriteValueAsync(uow => uow.Approvals.TakeNextNumberAsync(_workspace.Id, default));
        var request = ApprovalRequest.Create(draft, _workspace.Id, new ApprovalId(number), DateOnly.FromDateTime(Now.UtcDateTime), Now).Value;
        await _first.WriteValueAsync(async uow => { await uow.Approvals.AddAsync(request, default); return 0; });

        var decisions = await RaceAsync(db => db.WriteValueAsync(uow => uow.Approvals.RecordDecisionAsync(
            _workspace.Id, request.Id, new ApprovalDecision(_workspace.Member.Id, true, "ok", Now), ApprovalStatus.Approved, default)));

        Assert.Single(decisions, recorded => recorded);
    }

    [PostgresFact]
    public async Task TakeNextNumberAsync_GivesEveryInstanceADifferentNumber_WhenTheyAskAtOnce()
    {
        var numbers = await RaceAsync(db => db.WriteValueAsync(uow => uow.Risks.TakeNextNumberAsync(_workspace.Id, default)));

        Assert.Equal(Enumerable.Range(1, Racers), numbers.Order());
    }

    [PostgresFact]
    public async Task UpsertAsync_MakesOneAdmin_WhenTwoInstancesAddAWorkspacesFirstMembersInOverlappingTurns()
    {
        // Each member alone would be the workspace's first, so its admin: only a one-at-a-time order keeps it to
        // one. The first turn is held open after its insert while the second runs and commits.
        var workspace = await _first.WriteValueAsync(uow => uow.Workspaces.GetOrAddAsync("tenant-new", "UTC", Now, default));
        var inserted = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var held = _first.Store.WriteAsync<Member>(
            async (uow, ct) =>
            {
                var member = await uow.Members.UpsertAsync(workspace.Id, "user-held", "Held", null, Now, ct);
                inserted.TrySetResult();
                await release.Task;
                return member;
            },
            CancellationToken.None);
        await inserted.Task;

        var other = await _second.WriteValueAsync(uow => uow.Members.UpsertAsync(workspace.Id, "user-other", "Other", null, Now, default));
        release.SetResult();
        var first = (await held).Value;

        Assert.Single(new[] { first, other }, member => member.IsAdmin);
    }

    private async Task<T[]> RaceAsync<T>(Func<PostgresTestDatabase, Task<T>> attempt) =>
        await Task.WhenAll(Enumerable.Range(0, Racers).Select(i => Task.Run(() => attempt(i % 2 == 0 ? _first : _second))));
}
