using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Logging;

namespace ProgramBot.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Tries a unit of database work again, a bounded number of times, when SQLite reports the database
/// busy or locked (another process holds the lock past the busy timeout, a checkpoint or recovery is
/// running) or cannot open it; then gives up with <see cref="StorageUnavailableException"/>. The unit
/// must be safe to run again: it only touches its own connection and transaction, which rolled back.
/// </summary>
internal sealed class SqliteBusyRetry(IOptions<StorageOptions> options, ILogger<SqliteBusyRetry> logger)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCantOpen = 14;

    private readonly int _retries = options.Value.BusyRetries;

    /// <summary>What one attempt waits for a lock that never comes: the busy timeout, at least the driver's one-second command timeout.</summary>
    private readonly TimeSpan _attempt = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(options.Value.BusyTimeout.TotalSeconds)));

    /// <summary>About the longest a unit of work waits here for a lock that never comes.</summary>
    public TimeSpan Budget => (_retries + 1) * _attempt;

    public static bool IsTransient(SqliteException exception) =>
        exception?.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteCantOpen;

    public Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken) =>
        RunAsync(operation, unit, TimeSpan.Zero, cancellationToken);

    /// <summary>
    /// Runs <paramref name="unit"/>; <paramref name="alreadyWaited"/> (in a queue behind a writer that met
    /// the lock) counts against the retries, so that queue and attempts together stay near one budget.
    /// </summary>
    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> unit, TimeSpan alreadyWaited, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var retries = Math.Max(0, _retries - (int)(alreadyWaited / _attempt));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await unit(cancellationToken);
            }
            catch (SqliteException exception) when (IsTransient(exception) && attempt <= retries)
            {
                logger.DatabaseBusyRetrying(operation, exception.SqliteErrorCode, attempt);

                // Wall-clock on purpose: the lock is held in real time by someone else, and a test's fake
                // clock would never wake this. The busy timeout already waited; this only steps aside.
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
            catch (SqliteException exception) when (IsTransient(exception))
            {
                logger.DatabaseBusyGaveUp(exception, operation, exception.SqliteErrorCode, attempt);
                throw new StorageUnavailableException($"The database stayed unavailable for {operation} after {attempt} attempts.", exception);
            }
        }
    }
}
