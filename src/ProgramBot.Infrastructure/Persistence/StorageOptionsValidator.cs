using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>Fails start-up with a readable reason instead of failing on the first message.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const int MaxBusyRetries = 5;
    private static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"Storage:Provider '{options.Provider}' is not supported; use Sqlite or Postgres.");
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > MaxBusyTimeout)
        {
            failures.Add($"Storage:BusyTimeout must be between 0 and {MaxBusyTimeout}.");
        }

        if (options.BusyRetries is < 0 or > MaxBusyRetries)
        {
            failures.Add($"Storage:BusyRetries must be between 0 and {MaxBusyRetries}.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"ConnectionStrings:{StorageOptions.ConnectionStringName} is empty.");
        }
        else if (options.Provider == StorageProvider.Sqlite)
        {
            ValidateSqlite(options.ConnectionString, failures);
        }
        else if (options.Provider == StorageProvider.Postgres)
        {
            ValidatePostgres(options.ConnectionString, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSqlite(string connectionString, List<string> failures)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.DataSource))
            {
                failures.Add($"ConnectionStrings:{StorageOptions.ConnectionStringName} names no Data Source.");
            }
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword, never a value, so it is safe to surface.
            failures.Add($"ConnectionStrings:{StorageOptions.ConnectionStringName} is not a SQLite connection string: {ex.Message}");
        }
    }

    private static void ValidatePostgres(string connectionString, List<string> failures)
    {
        if (connectionString == StorageOptions.DefaultConnectionString)
        {
            failures.Add($"Storage:Provider is Postgres: set ConnectionStrings:{StorageOptions.ConnectionStringName} to the server (Host=…;Database=…;Username=…).");
            return;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                failures.Add($"ConnectionStrings:{StorageOptions.ConnectionStringName} names no Host.");
            }
        }
        catch (ArgumentException ex)
        {
            // As above: the message names the bad keyword, never a value (a password included).
            failures.Add($"ConnectionStrings:{StorageOptions.ConnectionStringName} is not a PostgreSQL connection string: {ex.Message}");
        }
    }
}
