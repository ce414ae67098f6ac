using Microsoft.Extensions.Time.Testing;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests;

/// <summary>
/// A fresh database, a fake clock (Thu 2026-11-26 23:30 UTC, which is already Friday in Tokyo)
/// and a running host per test class. With <c>PROGRAMBOT_TEST_HOST_PROVIDER=Postgres</c> (and the
/// PostgreSQL test server configured) the host runs on a fresh PostgreSQL schema instead of a SQLite file,
/// as <c>.ci/run</c> does in a second pass (without the Hostile tests, which read the SQLite file itself).
/// </summary>
public sealed class BotHostFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 23, 30, 0, TimeSpan.Zero);

    private PostgresTestSchema? _schema;

    public TempDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Start);

    public BotHost Host { get; private set; } = null!;

    public static bool OnPostgres =>
        PostgresTestServer.IsConfigured
        && string.Equals(Environment.GetEnvironmentVariable("PROGRAMBOT_TEST_HOST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public async Task InitializeAsync()
    {
        if (!OnPostgres)
        {
            Host = await BotHost.StartAsync(Database.ConnectionString, Clock);
            return;
        }

        _schema = await PostgresTestSchema.CreateAsync();
        Host = await BotHost.StartAsync(
            _schema.ConnectionString, Clock, _ => { }, settings: ["--Storage:Provider=Postgres", $"--Scheduling:PostgresSchema={_schema.JobsSchema}"]);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Database.Dispose();
        if (_schema is not null)
        {
            await _schema.DisposeAsync();
        }
    }
}
