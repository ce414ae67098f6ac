using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>Fails start-up with a readable reason instead of a scheduler that never runs anything.</summary>
internal sealed partial class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaxShutdownTimeout = TimeSpan.FromMinutes(1);
    private const int MaxWorkerCount = 64;

    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PollInterval < TimeSpan.FromMilliseconds(100) || options.PollInterval > MaxPollInterval)
        {
            failures.Add($"Scheduling:PollInterval must be between 00:00:00.1 and {MaxPollInterval}.");
        }

        if (options.WorkerCount is < 1 or > MaxWorkerCount)
        {
            failures.Add($"Scheduling:WorkerCount must be between 1 and {MaxWorkerCount}.");
        }

        if (options.ShutdownTimeout <= TimeSpan.Zero || options.ShutdownTimeout > MaxShutdownTimeout)
        {
            failures.Add($"Scheduling:ShutdownTimeout must be between 0 and {MaxShutdownTimeout}.");
        }

        if (!PostgresSchemaPattern().IsMatch(options.PostgresSchema ?? string.Empty))
        {
            failures.Add("Scheduling:PostgresSchema must be a plain lower-case identifier (letters, digits, _; at most 63).");
        }

        if (options.StorageConnectionString is { Length: > 0 } storage)
        {
            ValidateStorage(storage, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateStorage(string storage, List<string> failures)
    {
        try
        {
            if (SchedulingStoragePath.DataSourceOf(storage) is ":memory:" or "")
            {
                failures.Add("Scheduling:StorageConnectionString names no file.");
            }
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword, never a value.
            failures.Add($"Scheduling:StorageConnectionString is not a SQLite connection string: {ex.Message}");
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex PostgresSchemaPattern();
}
