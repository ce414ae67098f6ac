using Microsoft.Extensions.Logging;
using Npgsql;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Logging;

namespace ProgramBot.Infrastructure.Persistence.Postgres;

/// <summary>
/// Runs a transaction again, a bounded number of times, when PostgreSQL aborts it in favour of a concurrent
/// one (serialization failure, deadlock); then, or at once when the connection fails, gives up with
/// <see cref="StorageUnavailableException"/>. This is how two instances writing the same rows end up as if
/// they had written one after the other: the loser runs again and sees what the winner committed.
/// </summary>
internal sealed class PostgresRetry(ILogger<PostgresRetry> logger)
{
    /// <summary>Enough for a burst of clicks on one card from several instances; each loser waits a little longer.</summary>
    public const int MaxAttempts = 10;

    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    /// <summary>
    /// PostgreSQL aborted the transaction in favour of another (serialization failure, deadlock): nothing of it
    /// was committed, so running it again is safe. A broken connection or a timeout is not retried: it may
    /// have come after the commit, and running the work again could do it twice.
    /// </summary>
    public static bool IsTransient(NpgsqlException exception) =>
        exception is PostgresException { SqlState: SerializationFailure or DeadlockDetected };

    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await unit(cancellationToken);
            }
            catch (NpgsqlException exception) when (IsTransient(exception) && attempt < MaxAttempts)
            {
                logger.TransactionConflictRetrying(operation, exception.SqlState ?? "none", attempt);

                // Wall-clock on purpose, as for SQLite: the other transaction runs in real time. The jitter keeps
                // two losers from meeting again at once.
                var pause = TimeSpan.FromMilliseconds((5 * attempt) + Random.Shared.Next(0, 10 * attempt));
                await Task.Delay(pause, cancellationToken);
            }
            catch (NpgsqlException exception) when (IsTransient(exception) || exception.IsTransient)
            {
                // Out of attempts, or the connection failed (perhaps after the commit): the user is asked to try again.
                logger.TransactionConflictGaveUp(exception, operation, exception.SqlState ?? "none", attempt);
                throw new StorageUnavailableException($"The database stayed unavailable for {operation} after {attempt} attempts.", exception);
            }
        }
    }
}
