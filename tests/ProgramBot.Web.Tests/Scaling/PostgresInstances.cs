using Microsoft.Extensions.Time.Testing;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests.Scaling;

/// <summary>
/// Two hosts of the bot on their own loopback ports, as behind a load balancer, sharing one PostgreSQL schema
/// (and one Hangfire schema beside it); both are stopped and the schemas dropped on dispose.
/// </summary>
public sealed class PostgresInstances : IAsyncDisposable
{
    private PostgresInstances(PostgresTestSchema schema, BotHost first, BotHost second)
    {
        Schema = schema;
        First = first;
        Second = second;
    }

    public PostgresTestSchema Schema { get; }

    public BotHost First { get; }

    public BotHost Second { get; }

    /// <summary>Starts both hosts at once, so that both run the migrations against the empty schema together.</summary>
    public static async Task<PostgresInstances> StartAsync(FakeTimeProvider clock)
    {
        var schema = await PostgresTestSchema.CreateAsync();
        string[] settings = ["--Storage:Provider=Postgres", $"--Scheduling:PostgresSchema={schema.JobsSchema}"];
        var hosts = await Task.WhenAll(
            BotHost.StartAsync(schema.ConnectionString, clock, _ => { }, settings: settings),
            BotHost.StartAsync(schema.ConnectionString, clock, _ => { }, settings: settings));
        return new PostgresInstances(schema, hosts[0], hosts[1]);
    }

    public BotHost Either(int i) => i % 2 == 0 ? First : Second;

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Schema.DisposeAsync();
    }
}
