using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>
/// Registered when <c>Scheduling:Enabled</c> is false: refuses every request, so a feature that
/// needs scheduling fails loudly instead of silently never running.
/// </summary>
internal sealed class DisabledScheduler : IScheduler
{
    private readonly ILogger<DisabledScheduler> _logger;

    public DisabledScheduler(ILogger<DisabledScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    public Task AddOrUpdateRecurringAsync(string id, string jobKind, string argument, string cron, TimeZoneInfo zone, CancellationToken cancellationToken) =>
        Refuse($"recurring entry {id}");

    public Task RemoveRecurringAsync(string id, CancellationToken cancellationToken) => Refuse($"removal of {id}");

    public Task EnqueueAsync(string jobKind, string argument, CancellationToken cancellationToken) => Refuse($"job {jobKind}");

    public async Task<IReadOnlyList<string>> ListRecurringAsync(string idPrefix, CancellationToken cancellationToken)
    {
        await Refuse($"listing of {idPrefix}*");
        return [];
    }

    private Task Refuse(string operation)
    {
        SchedulingLog.SchedulingDisabled(_logger, operation);
        return Task.FromException(new InvalidOperationException(
            "Scheduling is disabled (Scheduling:Enabled is false); enable it to schedule jobs."));
    }
}
