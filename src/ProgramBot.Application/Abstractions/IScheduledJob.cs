namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Work that <see cref="IScheduler"/> runs. Register each job in DI; the scheduler finds it by
/// <see cref="Kind"/>. A run may be retried or happen twice, so a job claims its slot in the
/// database before it sends anything.
/// </summary>
public interface IScheduledJob
{
    /// <summary>A stable name stored with scheduled entries, e.g. <c>digest</c>; never rename one in use.</summary>
    string Kind { get; }

    /// <summary>Runs the job for <paramref name="argument"/> (an id).</summary>
    Task RunAsync(string argument, CancellationToken cancellationToken);
}
