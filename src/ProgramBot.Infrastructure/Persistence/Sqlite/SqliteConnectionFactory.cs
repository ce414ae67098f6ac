using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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

    public Task<SqliteConnection> OpenReadAsync(CancellationToken cancellationToken) =>
        OpenAsync("PRAGMA query_only = ON;", cancellationToken);

    public Task<SqliteConnection> OpenWriteAsync(CancellationToken cancellationToken) =>
        OpenAsync("PRAGMA query_only = OFF;", cancellationToken);

    public void Dispose() => _initialisation.Dispose();

    private async Task<SqliteConnection> OpenAsync(string modePragma, CancellationToken cancellationToken)
    {
        await EnsureInitialisedAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(_pragmas + modePragma, cancellationToken: cancellationToken));
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
}
