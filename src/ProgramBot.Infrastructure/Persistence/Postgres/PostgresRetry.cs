using Microsoft.Extensions.Logging;
using Npgsql;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Logging;

namespace ProgramBot.Infrastructure.Persistence.Postgres;

/// <summary>
/// Runs a transaction again, a bounded number of times, when PostgreSQL aborts it in favour of a concurrent
/// one (serialization failure, deadlock) or the connection fails transiently; then gives up with
/// <see cref="StorageUnavailableException"/>. This is how two instances writing the same rows end up as if
/// they had written one after the other: the loser runs again and sees what the winner committed.
/// </summary>
internal sealed class PostgresRetry(ILogger<PostgresRetry> logger)
{
    /// <summary>Enough for a burst of clicks on one card from several instances; each loser waits a little longer.</summary>
    public const int MaxAttempts = 10;

    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";

    public static bool IsTransient(NpgsqlException exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is SerializationFailure or DeadlockDetected,
        null => false,
        _ => exception.IsTransient,
    };

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
            catch (NpgsqlException exception) when (IsTransient(exception))
            {
                logger.TransactionConflictGaveUp(exception, operation, exception.SqlState ?? "none", attempt);
                throw new StorageUnavailableException($"The database stayed unavailable for {operation} after {attempt} attempts.", exception);
            }
        }
    }
}
