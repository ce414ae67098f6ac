namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Runs <see cref="IScheduledJob"/>s later or on a schedule. A job is named by its
/// <see cref="IScheduledJob.Kind"/> and takes one argument, an id: the job loads what it
/// needs from our own tables when it runs, so nothing stale is stored in the scheduler.
/// </summary>
public interface IScheduler
{
    /// <summary>
    /// Creates or replaces the recurring entry <paramref name="id"/>, which runs the job of
    /// <paramref name="jobKind"/> with <paramref name="argument"/> at every occurrence of the
    /// five-field <paramref name="cron"/> expression in <paramref name="zone"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The cron expression is not valid.</exception>
    Task AddOrUpdateRecurringAsync(string id, string jobKind, string argument, string cron, TimeZoneInfo zone, CancellationToken cancellationToken);

    /// <summary>Removes the recurring entry <paramref name="id"/>; removing an unknown id does nothing.</summary>
    Task RemoveRecurringAsync(string id, CancellationToken cancellationToken);

    /// <summary>The ids of the recurring entries whose id starts with <paramref name="idPrefix"/>.</summary>
    Task<IReadOnlyList<string>> ListRecurringAsync(string idPrefix, CancellationToken cancellationToken);

    /// <summary>Runs the job of <paramref name="jobKind"/> with <paramref name="argument"/> as soon as a worker is free.</summary>
    Task EnqueueAsync(string jobKind, string argument, CancellationToken cancellationToken);
}
