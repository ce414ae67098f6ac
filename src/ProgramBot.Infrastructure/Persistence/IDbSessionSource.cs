using System.Data.Common;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>
/// How a provider hands out sessions: read connections freely, writes through whatever
/// serialisation the provider needs (SQLite: one in-process writer; PostgreSQL: serializable
/// transactions, tried again when another instance's transaction wins).
/// </summary>
internal interface IDbSessionSource
{
    Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs a read on a read connection of its own, outside any transaction. Opening and querying are tried
    /// again together, a bounded number of times, when the provider's retry takes the failure for a passing
    /// one, then end in <c>StorageUnavailableException</c>: a query that meets a locked file is no different
    /// from an open that does.
    /// </summary>
    Task<T> ReadAsync<T>(Func<DbSession, CancellationToken, Task<T>> read, CancellationToken cancellationToken);

    /// <summary>
    /// Runs work in one write transaction; commits when <paramref name="shouldCommit"/> says so,
    /// rolls back otherwise or when the work throws (the exception propagates). The work may run
    /// more than once (a transient failure runs it again from the start), so it touches nothing
    /// but its session.
    /// </summary>
    Task<T> WriteAsync<T>(
        Func<DbSession, CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="WriteAsync{T}"/>, but no two exclusive writes overlap, in this process or any
    /// other sharing the database, and each statement sees what the exclusive write before it
    /// committed: for schema changes, which two instances starting at once must not both apply.
    /// </summary>
    Task<T> WriteExclusiveAsync<T>(Func<DbSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
