using Microsoft.Extensions.Logging;

namespace ProgramBot.Infrastructure.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(1, LogLevel.Error, "No scheduled job of kind {JobKind} is registered")]
    public static partial void UnknownJobKind(ILogger logger, string jobKind);

    [LoggerMessage(2, LogLevel.Debug, "Running scheduled job {JobKind} for {JobArgument}")]
    public static partial void JobStarting(ILogger logger, string jobKind, string jobArgument);

    [LoggerMessage(3, LogLevel.Information, "Hangfire stores its jobs in {HangfireDatabasePath}")]
    public static partial void StorageOpened(ILogger logger, string hangfireDatabasePath);

    [LoggerMessage(5, LogLevel.Information, "Hangfire stores its jobs in the PostgreSQL schema {HangfireSchema}, shared by every instance")]
    public static partial void PostgresStorageOpened(ILogger logger, string hangfireSchema);

    [LoggerMessage(4, LogLevel.Warning, "Refused to schedule {Operation}: scheduling is disabled (Scheduling:Enabled is false)")]
    public static partial void SchedulingDisabled(ILogger logger, string operation);
}
