using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ProgramBot.TestKit.Fakes;

/// <summary>
/// The Slack Web API on a loopback port: records <c>chat.postMessage</c>, <c>chat.update</c>,
/// <c>chat.postEphemeral</c>, <c>views.open</c> and calls to response URLs (recorded as method
/// <c>response_url</c>), answers like Slack, and can be told to answer the next call with a 429 and
/// Retry-After or with <c>ok:false</c>. <c>users.info</c> is answered from the names given, not recorded —
/// unless it is held (<see cref="HoldNextUserLookup"/>).
/// </summary>
public sealed class FakeSlackApi : IAsyncDisposable
{
    public const string ResponseUrlMethod = "response_url";

    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? Error)> _scripted = new();
    private readonly ConcurrentDictionary<string, (string Name, string? Zone)> _users = new(StringComparer.Ordinal);
    private int _nextTs;
    private int _holdNext;
    private int _holdNextLookup;

    private FakeSlackApi(LoopbackServer server) => _server = server;

    /// <summary>The Web API base, for <c>Slack:ApiBaseUrl</c>.</summary>
    public Uri BaseUri => new(_server.BaseUri, "api/");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeSlackApi> StartAsync()
    {
        FakeSlackApi? api = null;
        var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/api/users.info", (HttpContext http, string user) => api!.UserInfoAsync(http, user));
            app.MapPost("/api/{method}", (HttpContext http, string method) => api!.RecordAsync(http, method));
            app.MapPost("/response/{id}", (HttpContext http) => api!.RecordAsync(http, ResponseUrlMethod));
        });
        api = new FakeSlackApi(server);
        return api;
    }

    /// <summary>A response URL for one command or interaction; calls to it are recorded.</summary>
    public Uri ResponseUrl(string id) => new(_server.BaseUri, "response/" + id);

    public void AddUser(string id, string name, string? timeZone = null) => _users[id] = (name, timeZone);

    /// <summary>The next recorded call answers with HTTP <paramref name="status"/> (and Retry-After, in seconds).</summary>
    public void AnswerNextWith(int status, string? retryAfter = null) => _scripted.Enqueue((status, retryAfter, null));

    /// <summary>The next recorded call is recorded (ts <c>held</c>) and never answered, until the caller goes away.</summary>
    public void HoldNextCall() => Interlocked.Exchange(ref _holdNext, 1);

    /// <summary>
    /// The next <c>users.info</c> look-up — the first call of a turn, before it changes anything — is recorded
    /// (method <c>users.info</c>, ts <c>held</c>) and never answered, until the caller goes away.
    /// </summary>
    public void HoldNextUserLookup() => Interlocked.Exchange(ref _holdNextLookup, 1);

    /// <summary>The next recorded call answers 200 with <c>{"ok":false,"error":error}</c>.</summary>
    public void FailNextWith(string error) => _scripted.Enqueue((200, null, error));

    public IReadOnlyList<RecordedRequest> Calls(string method) => [.. _requests.Where(r => r.Path == method)];

    /// <summary>Waits until at least <paramref name="count"/> calls of <paramref name="method"/> arrived, or fails after the timeout.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(string method, int count = 1, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (Calls(method).Count < count)
        {
            await _arrived.WaitAsync(cts.Token);
        }

        return Calls(method);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task<IResult> UserInfoAsync(HttpContext http, string user)
    {
        if (Interlocked.Exchange(ref _holdNextLookup, 0) == 1)
        {
            await HoldAsync(http, new RecordedRequest("GET", "users.info", null, http.Request.Headers.Authorization, "held"));
            return Results.Empty;
        }

        var (name, zone) = _users.TryGetValue(user, out var known) ? known : ("user-" + user.ToLowerInvariant(), null);
        return Results.Json(new { ok = true, user = new { id = user, name, real_name = name, tz = zone } });
    }

    private async Task RecordAsync(HttpContext http, string method)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body);
        if (Interlocked.Exchange(ref _holdNext, 0) == 1)
        {
            await HoldAsync(http, new RecordedRequest("POST", method, body, http.Request.Headers.Authorization, "held"));
            return;
        }

        var ts = string.Create(CultureInfo.InvariantCulture, $"1700000000.{Interlocked.Increment(ref _nextTs):D6}");
        var scripted = _scripted.TryDequeue(out var next) ? next : ((int Status, string? RetryAfter, string? Error)?)null;
        _requests.Enqueue(new RecordedRequest("POST", method, body, http.Request.Headers.Authorization, scripted is null ? ts : null));
        _arrived.Release();
        if (scripted is { } answer)
        {
            if (answer.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = answer.RetryAfter;
            }

            http.Response.StatusCode = answer.Status;
            await http.Response.WriteAsJsonAsync(new { ok = false, error = answer.Error ?? "ratelimited" });
            return;
        }

        if (method == ResponseUrlMethod)
        {
            await http.Response.WriteAsync("ok");
            return;
        }

        await http.Response.WriteAsJsonAsync(new JsonObject { ["ok"] = true, ["channel"] = (string?)body?["channel"], ["ts"] = (string?)body?["ts"] ?? ts });
    }

    private async Task HoldAsync(HttpContext http, RecordedRequest request)
    {
        _requests.Enqueue(request);
        _arrived.Release();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The caller gave up: the held call was never answered.
        }
    }
}
