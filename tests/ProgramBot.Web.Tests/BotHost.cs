using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Web.Hosting;

namespace ProgramBot.Web.Tests;

/// <summary>The real ProgramBot host on a loopback port, over a given database file.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>The host's services, for tests that drive a port directly (the scheduler, the messenger).</summary>
    public IServiceProvider Services => _app.Services;

    public static Task<BotHost> StartAsync(string connectionString, FakeTimeProvider clock, string? appId = null) =>
        StartAsync(connectionString, clock, _ => { }, appId);

    /// <summary>Starts the host; <c>settings</c> are further <c>--Key=Value</c> arguments (the OpenID metadata the SDK trusts, <c>--Slack:SigningSecret=…</c>).</summary>
    public static async Task<BotHost> StartAsync(
        string connectionString,
        FakeTimeProvider clock,
        Action<IServiceCollection> configureServices,
        string? appId = null,
        IEnumerable<string>? settings = null)
    {
        string[] args =
        [
            "--Urls=http://127.0.0.1:0",
            $"--ConnectionStrings:ProgramBot={connectionString}",
            $"--MicrosoftAppId={appId ?? string.Empty}",
            "--MicrosoftAppPassword=",
            "--Logging:LogLevel:Default=Warning",

            // Hangfire runs reminders on the wall clock's quarter hours: a test that has nothing to do with them must not
            // receive one when it happens to span 09:15. Reminder tests run the job themselves.
            "--Reminders:Enabled=false",

            // Back-offs run on the wall clock: short ones keep the retry tests quick (Retry-After is still waited in full).
            "--Outbound:FirstRetryDelay=00:00:00.010",
            .. settings ?? [],
        ];
        var app = ProgramBotHost.Build(args, builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            configureServices(builder.Services);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
        return new BotHost(app, client);
    }

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity) => Client.PostAsJsonAsync("/api/messages", activity);

    /// <summary>Posts with <c>deliveryMode: expectReplies</c> and returns the texts of the replies in the response body.</summary>
    public Task<IReadOnlyList<string>> AskAsync(JsonObject activity) => BotReplies.AskAsync(Client, activity);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
