using System.Data.Common;

namespace ProgramBot.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteSessionSource(SqliteConnectionFactory connections, SqliteWriter writer, SqliteBusyRetry retry) : IDbSessionSource
{
    public async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken) =>
        await retry.RunAsync("open", connections.OpenReadAsync, cancellationToken);

    public Task<T> WriteAsync<T>(
        Func<DbSession, CancellationToken, Task<T>> work, Func<T, bool> shouldCommit, CancellationToken cancellationToken) =>
        writer.RunAsync(work, shouldCommit, cancellationToken);
}
