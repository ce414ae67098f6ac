using System.Security.Cryptography;
using Dapper;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>
/// The Slack inbox in the <c>slack_inbox</c> table, for every provider. A claim is one conditional
/// update of the oldest available row: SQLite's single writer runs it alone, and under PostgreSQL's
/// serializable transactions two instances that pick the same row conflict and the loser runs again
/// and picks the next — so a row is never worked by two claims while its lease lasts.
/// </summary>
internal sealed class SlackInboxStore(IDbSessionSource sessions) : ISlackInboxStore
{
    public async Task<InboxAddOutcome> AddAsync(InboxRequest request, int capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Read first, outside the write: the count would make every insert conflict with every other under
        // PostgreSQL's serializable writes, and a cap passed by a request or two in a burst does no harm.
        const string Look = """
            SELECT (SELECT COUNT(*) FROM slack_inbox WHERE completed_at IS NULL) AS Pending,
                   (SELECT COUNT(*) FROM slack_inbox WHERE team = @Team AND delivery_key = @Key) AS Known;
            """;
        const string Insert = """
            INSERT INTO slack_inbox (team, kind, delivery_key, payload, received_at, available_at, attempts)
            VALUES (@Team, @Kind, @Key, @Payload, @ReceivedAt, @ReceivedAt, 0)
            ON CONFLICT (team, delivery_key) DO NOTHING;
            """;
        var seen = await sessions.ReadAsync(
            (session, token) => session.Connection.QuerySingleAsync<(long Pending, long Known)>(session.Command(Look, new { request.Team, request.Key }, token)),
            cancellationToken);
        if (seen.Known > 0)
        {
            return InboxAddOutcome.Duplicate;
        }

        if (seen.Pending >= capacity)
        {
            return InboxAddOutcome.Full;
        }

        var inserted = await sessions.WriteAsync(
            (session, token) => session.Connection.ExecuteAsync(session.Command(Insert, request, token)), _ => true, cancellationToken);
        return inserted == 1 ? InboxAddOutcome.Stored : InboxAddOutcome.Duplicate;
    }

    public async Task<ClaimedInboxRequest?> ClaimNextAsync(DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        const string Sql = """
            UPDATE slack_inbox SET available_at = @LeaseUntil, claimed_by = @Claim, attempts = attempts + 1
            WHERE id = (SELECT id FROM slack_inbox WHERE completed_at IS NULL AND available_at <= @Now ORDER BY available_at, id LIMIT 1)
            RETURNING id AS Id, team AS Team, kind AS Kind, delivery_key AS DeliveryKey, payload AS Payload,
                      received_at AS ReceivedAt, attempts AS Attempts, attempts + stops AS Run, claimed_by AS ClaimedBy;
            """;
        var claim = RandomNumberGenerator.GetHexString(32, lowercase: true);
        var row = await sessions.WriteAsync(
            (session, token) => session.Connection.QuerySingleOrDefaultAsync<SlackInboxRow>(
                session.Command(Sql, new { Now = now, LeaseUntil = leaseUntil, Claim = claim }, token)),
            _ => true,
            cancellationToken);
        return row?.ToClaimed();
    }

    public async Task<bool> CompleteAsync(ClaimedInboxRequest claimed, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(outcome);

        // Only the claim that holds the row ends it: a run that outlived its lease must not mark done a row that
        // another worker took over and is running now.
        const string Sql = """
            UPDATE slack_inbox SET completed_at = @Now, outcome = @Outcome, claimed_by = NULL
            WHERE id = @Id AND claimed_by = @Claim AND completed_at IS NULL;
            """;
        return await WriteAsync(Sql, new { claimed.Id, claimed.Claim, Outcome = outcome, Now = now }, cancellationToken) == 1;
    }

    public Task ReleaseAsync(ClaimedInboxRequest claimed, DateTimeOffset availableAt, CancellationToken cancellationToken) =>
        ReturnAsync(claimed, availableAt, stopped: false, cancellationToken);

    /// <summary>How many runs of one request a stopping host may give back without using an attempt.</summary>
    public const int FreeStops = 5;

    public Task GiveBackAsync(ClaimedInboxRequest claimed, DateTimeOffset now, CancellationToken cancellationToken) =>
        ReturnAsync(claimed, now, stopped: true, cancellationToken);

    public async Task<int> CountPendingAsync(CancellationToken cancellationToken)
    {
        const string Sql = "SELECT COUNT(*) FROM slack_inbox WHERE completed_at IS NULL;";
        return (int)await sessions.ReadAsync(
            (session, token) => session.Connection.ExecuteScalarAsync<long>(session.Command(Sql, null, token)), cancellationToken);
    }

    public async Task<DateTimeOffset?> NextAvailableAsync(CancellationToken cancellationToken)
    {
        const string Sql = "SELECT MIN(available_at) AS At FROM slack_inbox WHERE completed_at IS NULL;";
        var next = await sessions.ReadAsync(
            (session, token) => session.Connection.QuerySingleAsync<NextRow>(session.Command(Sql, null, token)), cancellationToken);
        return next.At;
    }

    public Task<int> PurgeAsync(DateTimeOffset completedBefore, CancellationToken cancellationToken)
    {
        const string Sql = "DELETE FROM slack_inbox WHERE completed_at IS NOT NULL AND completed_at < @Before;";
        return WriteAsync(Sql, new { Before = completedBefore }, cancellationToken);
    }

    /// <summary>
    /// A claim given back: after a failed run its attempt counts; when its host is stopping it does not (restarts
    /// during a deploy must not give up a request that never failed), and the run is counted as a stop instead —
    /// for the first <see cref="FreeStops"/> stops: a request whose run is stopped every time (a host that never lets
    /// it finish) still runs out of attempts, and is never retried forever.
    /// </summary>
    private Task<int> ReturnAsync(ClaimedInboxRequest claimed, DateTimeOffset availableAt, bool stopped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        const string Sql = """
            UPDATE slack_inbox SET available_at = @AvailableAt, claimed_by = NULL,
                attempts = attempts - (CASE WHEN stops < @FreeStops THEN @Stop ELSE 0 END), stops = stops + @Stop
            WHERE id = @Id AND claimed_by = @Claim AND completed_at IS NULL;
            """;
        var parameters = new { claimed.Id, claimed.Claim, AvailableAt = availableAt, Stop = stopped ? 1 : 0, FreeStops };
        return WriteAsync(Sql, parameters, cancellationToken);
    }

    private Task<int> WriteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        sessions.WriteAsync((session, token) => session.Connection.ExecuteAsync(session.Command(sql, parameters, token)), _ => true, cancellationToken);

    private sealed class NextRow
    {
        public DateTimeOffset? At { get; set; }
    }
}
