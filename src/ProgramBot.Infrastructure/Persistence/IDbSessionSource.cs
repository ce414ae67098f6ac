using System.Data.Common;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>
/// How a provider hands out sessions: read connections freely, writes through whatever
/// serialisation the provider needs (SQLite: one in-process writer).
/// </summary>
internal interface IDbSessionSource
{
    Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs work in one write transaction; commits when <paramref name="shouldCommit"/> says so,
    /// rolls back otherwise or when the work throws (the exception propagates).
    /// </summary>
    Task<T> WriteAsync<T>(
        Func<DbSession, CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken);
}
