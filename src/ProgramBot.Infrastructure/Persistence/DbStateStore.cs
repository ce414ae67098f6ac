using System.Security.Cryptography;
using Dapper;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>
/// Bot state in the bot_state table with optimistic concurrency, for every provider. Every write gets a
/// new random ETag; all writes of one call commit together in one write transaction, or none do. The
/// conditional update (<c>WHERE etag = @ExpectedETag</c>) is what keeps two instances from both saving
/// over the same state: the second one updates no row and reports the conflict.
/// </summary>
internal sealed class DbStateStore(IDbSessionSource sessions, ISqlDialect dialect, TimeProvider time) : IStateStore
{
    private const string AnyETag = "*";

    public async Task<IReadOnlyDictionary<string, StateEntry>> ReadAsync(
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return new Dictionary<string, StateEntry>();
        }

        const string Sql = "SELECT key AS Key, json AS Json, etag AS ETag FROM bot_state WHERE key IN @Keys;";
        await using var connection = await sessions.OpenReadAsync(cancellationToken);
        var rows = await connection.QueryAsync<StateRow>(
            new CommandDefinition(dialect.Prepare(Sql), new { Keys = keys.Distinct().ToArray() }, cancellationToken: cancellationToken));
        return rows.ToDictionary(row => row.Key, row => new StateEntry(row.Json, row.ETag), StringComparer.Ordinal);
    }

    public Task<StateWriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Count == 0)
        {
            return Task.FromResult(new StateWriteOutcome(new Dictionary<string, string>(), null));
        }

        return sessions.WriteAsync((session, token) => WriteAllAsync(session, writes, token), outcome => outcome.Succeeded, cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        const string Sql = "DELETE FROM bot_state WHERE key IN @Keys;";
        await sessions.WriteAsync(
            (session, token) => session.Connection.ExecuteAsync(session.Command(Sql, new { Keys = keys.Distinct().ToArray() }, token)),
            _ => true,
            cancellationToken);
    }

    private async Task<StateWriteOutcome> WriteAllAsync(
        DbSession session, IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken)
    {
        const string Overwrite = """
            INSERT INTO bot_state (key, json, etag, updated_at) VALUES (@Key, @Json, @ETag, @Now)
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at;
            """;
        const string Replace = """
            UPDATE bot_state SET json = @Json, etag = @ETag, updated_at = @Now
            WHERE key = @Key AND etag = @ExpectedETag;
            """;
        var now = time.GetUtcNow();
        var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var write in writes)
        {
            ArgumentNullException.ThrowIfNull(write);
            var etag = RandomNumberGenerator.GetHexString(32, lowercase: true);
            var overwrite = write.ExpectedETag is null or AnyETag;
            var parameters = new { write.Key, write.Json, ETag = etag, Now = now, write.ExpectedETag };
            var changed = await session.Connection.ExecuteAsync(
                session.Command(overwrite ? Overwrite : Replace, parameters, cancellationToken));
            if (changed == 0)
            {
                return new StateWriteOutcome(new Dictionary<string, string>(), write.Key);
            }

            newETags[write.Key] = etag;
        }

        return new StateWriteOutcome(newETags, null);
    }

    private sealed class StateRow
    {
        public string Key { get; set; } = string.Empty;

        public string Json { get; set; } = string.Empty;

        public string ETag { get; set; } = string.Empty;
    }
}
