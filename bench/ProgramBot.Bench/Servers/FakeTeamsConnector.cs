using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace ProgramBot.Bench.Servers;

/// <summary>
/// A Bot Connector on loopback, one tenant, that answers like Teams: 200 with an id for every message sent to a
/// conversation, except that the first message to every <see cref="ThrottleEvery"/>th conversation is
/// refused with 429 and <c>Retry-After: 1</c>. Every request is recorded with the moment it came.
/// </summary>
internal sealed class FakeTeamsConnector : IAsyncDisposable
{
    public const int ThrottleEvery = 20;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorHit> _hits = new();
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private long _ids;
    private int _conversations;

    private FakeTeamsConnector(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyCollection<ConnectorHit> Hits => _hits;

    public static async Task<FakeTeamsConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--Urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"] });
        var app = builder.Build();
        var connector = new FakeTeamsConnector(app);
        app.MapPost("/v3/conversations/{conversation}/activities", connector.Post);
        app.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", connector.Post);
        app.MapPut("/v3/conversations/{conversation}/activities/{id}", () => Results.Json(new { id = "updated" }));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Post(string conversation, HttpRequest request)
    {
        var attempt = _attempts.AddOrUpdate(conversation, 1, (_, n) => n + 1);
        var throttled = attempt == 1 && Interlocked.Increment(ref _conversations) % ThrottleEvery == 0;
        _hits.Enqueue(new ConnectorHit(DateTimeOffset.UtcNow, conversation, throttled ? 429 : 200));
        if (throttled)
        {
            request.HttpContext.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(429);
        }

        return Results.Json(new { id = "m-" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture) });
    }
}
