using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SQLitePCL;
using ProgramBot.Infrastructure.Logging;

namespace ProgramBot.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Opens pooled SQLite connections with the per-connection settings applied. Read connections
/// are <c>query_only</c>, so a write that slips into a read path fails loudly instead of
/// racing the single writer.
/// </summary>
internal sealed class SqliteConnectionFactory : IDisposable
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly ILogger<SqliteConnectionFactory> _logger;
    private readonly SemaphoreSlim _initialisation = new(1, 1);

    // What each pooled physical connection already has applied: its settings survive in the pool, so a
    // reopened connection needs no PRAGMA, or only the one that switches it between reading and writing.
    private readonly ConditionalWeakTable<sqlite3, ConnectionMode> _applied = [];
    private volatile bool _initialised;

    public SqliteConnectionFactory(IOptions<StorageOptions> options, ILogger<SqliteConnectionFactory> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        // Microsoft.Data.Sqlite retries a busy statement itself, sleeping 150 ms between tries, until the
        // command timeout (30 s by default): bound it by the busy timeout, so that one attempt waits that long.
        var builder = new SqliteConnectionStringBuilder(options.Value.ConnectionString)
        {
            Pooling = true,
            DefaultTimeout = (int)Math.Max(1, Math.Ceiling(options.Value.BusyTimeout.TotalSeconds)),
        };
        IsFile = builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not (":memory:" or "");
        if (IsFile)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource);
        }

        DatabasePath = builder.DataSource;
        _connectionString = builder.ToString();
        var busyMilliseconds = ((long)options.Value.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        _pragmas = $"PRAGMA busy_timeout = {busyMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
    }

    public string DatabasePath { get; }

    private bool IsFile { get; }

    public Task<SqliteConnection> OpenReadAsync(CancellationToken cancellationToken) => OpenAsync(queryOnly: true, cancellationToken);

    public Task<SqliteConnection> OpenWriteAsync(CancellationToken cancellationToken) => OpenAsync(queryOnly: false, cancellationToken);

    public void Dispose() => _initialisation.Dispose();

    private async Task<SqliteConnection> OpenAsync(bool queryOnly, CancellationToken cancellationToken)
    {
        await EnsureInitialisedAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var handle = connection.Handle!;
            var known = _applied.TryGetValue(handle, out var mode);
            if (!known || mode!.QueryOnly != queryOnly)
            {
                var modePragma = queryOnly ? "PRAGMA query_only = ON;" : "PRAGMA query_only = OFF;";
                await connection.ExecuteAsync(new CommandDefinition((known ? string.Empty : _pragmas) + modePragma, cancellationToken: cancellationToken));
                _applied.AddOrUpdate(handle, new ConnectionMode(queryOnly));
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the database folder and switches the file to WAL (a persistent setting) once.</summary>
    private async Task EnsureInitialisedAsync(CancellationToken cancellationToken)
    {
        if (_initialised)
        {
            return;
        }

        await _initialisation.WaitAsync(cancellationToken);
        try
        {
            if (_initialised)
            {
                return;
            }

            if (IsFile && Path.GetDirectoryName(DatabasePath) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            var journalMode = await connection.ExecuteScalarAsync<string>(
                new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
            _logger.DatabaseOpened("SQLite", DatabasePath, journalMode ?? "unknown");
            _initialised = true;
        }
        finally
        {
            _initialisation.Release();
        }
    }

    private sealed record ConnectionMode(bool QueryOnly);
}
