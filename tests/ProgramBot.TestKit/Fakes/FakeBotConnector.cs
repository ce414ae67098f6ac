using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ProgramBot.TestKit.Fakes;

/// <summary>
/// A Bot Connector on a loopback port that records what the bot sends to
/// <c>/v3/conversations/{id}/activities[/{activityId}]</c> and answers like the real one; member
/// look-ups are answered but not recorded.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    /// <summary>The reply id recorded for a send held by <see cref="HoldNextSend"/>.</summary>
    public const string HeldReplyId = "held";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _scripted = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _nextId;
    private int _holdNext;

    private FakeBotConnector(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new FakeBotConnector(builder.Build());
        connector._app.Map("/v3/conversations/{conversationId}/activities/{**rest}", connector.RecordAsync);

        // TeamsActivityHandler looks up every member added to a team before it reports them.
        connector._app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            Results.Json(new { id = memberId, name = "Member " + memberId, aadObjectId = "aad-" + memberId }));
        await connector._app.StartAsync();
        var address = connector._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>
    /// Makes the next send answer with <paramref name="status"/> (and a Retry-After header), the way
    /// Teams answers throttled (429) or refused (403) sends. Answers are used in order.
    /// </summary>
    public void AnswerNextWith(int status, string? retryAfter = null) => _scripted.Enqueue((status, retryAfter));

    /// <summary>
    /// Makes the next send hang: it is recorded (reply id <see cref="HeldReplyId"/>) and never answered,
    /// until the sender goes away — the way a send is cut off when the bot's process is killed mid-post.
    /// </summary>
    public void HoldNextSend() => Interlocked.Exchange(ref _holdNext, 1);

    /// <summary>Waits until at least <paramref name="count"/> requests arrived, or fails after the timeout.</summary>
    public Task<IReadOnlyList<RecordedRequest>> WaitForAsync(int count, TimeSpan? timeout = null) => WaitForAsync(_ => true, count, timeout);

    /// <summary>Waits until at least <paramref name="count"/> requests matching <paramref name="match"/> arrived, or fails after the timeout.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(Func<RecordedRequest, bool> match, int count, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (_requests.Count(match) < count)
        {
            await _arrived.WaitAsync(cts.Token);
        }

        return Requests;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
        _stopping.Dispose();
    }

    private async Task RecordAsync(HttpContext http)
    {
        var body = http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0
            ? await JsonNode.ParseAsync(http.Request.Body)
            : null;
        if (Interlocked.Exchange(ref _holdNext, 0) == 1)
        {
            await HoldAsync(http, body);
            return;
        }

        if (_scripted.TryDequeue(out var scripted))
        {
            _requests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path.Value ?? string.Empty, body, http.Request.Headers.Authorization, $"status-{scripted.Status}"));
            _arrived.Release();
            if (scripted.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = scripted.RetryAfter;
            }

            http.Response.StatusCode = scripted.Status;
            await http.Response.WriteAsJsonAsync(new { error = new { code = "Scripted", message = "scripted failure" } });
            return;
        }

        var id = $"reply-{Interlocked.Increment(ref _nextId)}";
        _requests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path.Value ?? string.Empty, body, http.Request.Headers.Authorization, id));
        _arrived.Release();
        await http.Response.WriteAsJsonAsync(new { id });
    }

    private async Task HoldAsync(HttpContext http, JsonNode? body)
    {
        _requests.Enqueue(new RecordedRequest(http.Request.Method, http.Request.Path.Value ?? string.Empty, body, http.Request.Headers.Authorization, HeldReplyId));
        _arrived.Release();
        using var held = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, held.Token);
        }
        catch (OperationCanceledException)
        {
            // The sender is gone (or the connector stops): the held send was never answered.
        }
    }
}
