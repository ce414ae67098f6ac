using Microsoft.Extensions.Time.Testing;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests;

/// <summary>
/// A fresh database, a fake clock (Thu 2026-11-26 23:30 UTC, which is already Friday in Tokyo)
/// and a running host per test class.
/// </summary>
public sealed class BotHostFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 23, 30, 0, TimeSpan.Zero);

    public TempDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Start);

    public BotHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await BotHost.StartAsync(Database.ConnectionString, Clock);

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Database.Dispose();
    }
}
