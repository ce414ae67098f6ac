using Microsoft.Extensions.Logging;

namespace ProgramBot.Infrastructure.Logging;

/// <summary>Storage log events. Paths and ids only: never connection-string secrets or stored values.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information,
        Message = "Opened {Provider} database at {DatabasePath} (journal mode {JournalMode})")]
    public static partial void DatabaseOpened(this ILogger logger, string provider, string databasePath, string journalMode);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Applied migration {Version} {MigrationName} in {ElapsedMilliseconds} ms")]
    public static partial void MigrationApplied(this ILogger logger, int version, string migrationName, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Database schema is at version {Version}; {AppliedCount} migration(s) applied now")]
    public static partial void SchemaReady(this ILogger logger, int version, int appliedCount);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug,
        Message = "Write rolled back because the work failed with {ErrorCode}")]
    public static partial void WriteRolledBack(this ILogger logger, string errorCode);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information,
        Message = "Database busy during {Operation} (SQLite error {SqliteErrorCode}); attempt {Attempt} will be tried again")]
    public static partial void DatabaseBusyRetrying(this ILogger logger, string operation, int sqliteErrorCode, int attempt);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning,
        Message = "Database still busy during {Operation} (SQLite error {SqliteErrorCode}) after {Attempts} attempts; nothing was written")]
    public static partial void DatabaseBusyGaveUp(this ILogger logger, Exception exception, string operation, int sqliteErrorCode, int attempts);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug,
        Message = "PostgreSQL {Operation} lost to a concurrent transaction (SQLSTATE {SqlState}); attempt {Attempt} will be tried again")]
    public static partial void TransactionConflictRetrying(this ILogger logger, string operation, string sqlState, int attempt);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning,
        Message = "PostgreSQL {Operation} still failing (SQLSTATE {SqlState}) after {Attempts} attempts; nothing was written")]
    public static partial void TransactionConflictGaveUp(this ILogger logger, Exception exception, string operation, string sqlState, int attempts);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Information, Message = "Using PostgreSQL database {Database} on {Host}")]
    public static partial void PostgresSelected(this ILogger logger, string database, string host);
}
