using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Works the Slack inbox one request at a time for a worker: claims the request available longest
/// (new, or left by a worker that died once its lease ran out), runs it within the lease, and marks it
/// done. A run that fails is tried again after <see cref="SlackOptions.InboxRetryDelay"/>; a request
/// already run <see cref="SlackOptions.InboxMaxAttempts"/> times — failed, or its worker died each
/// time — is given up and logged, never tried forever. A run cut short because the host is stopping is
/// given back without using an attempt.
/// </summary>
public sealed partial class SlackInboxRunner(
    ISlackInboxStore store, ISlackInboundProcessor processor, TimeProvider clock, IOptions<SlackOptions> options, ILogger<SlackInboxRunner> logger)
{
    public const string DoneOutcome = "Done";

    private static readonly TimeSpan PurgePeriod = TimeSpan.FromMinutes(5);
    private long _lastPurgeTicks = DateTimeOffset.MinValue.UtcTicks;

    /// <summary>Works the next available request; false when there was none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken cancellationToken)
    {
        var slack = options.Value;
        var now = clock.GetUtcNow();
        var leaseEnd = now + slack.InboxLease;
        if (await store.ClaimNextAsync(now, leaseEnd, cancellationToken) is not { } claimed)
        {
            return false;
        }

        var request = claimed.Request;
        if (claimed.Attempts > slack.InboxMaxAttempts)
        {
            GivenUp(logger, claimed.Id, request.Kind, request.Team, request.ReceivedAt, slack.InboxMaxAttempts);
            await CompleteAsync(claimed, $"Given up: its worker died {slack.InboxMaxAttempts} times");
            return true;
        }

        if (Read(request) is not { } inbound)
        {
            Unreadable(logger, claimed.Id, request.Kind, request.Team);
            await CompleteAsync(claimed, "Given up: not a request the bot can read");
            return true;
        }

        if (claimed.Run > 1)
        {
            RunAgain(logger, claimed.Id, request.Kind, request.Team, claimed.Run);
        }

        await RunAsync(claimed, inbound with { Attempt = claimed.Run }, leaseEnd, cancellationToken);
        return true;
    }

    /// <summary>
    /// How long an idle worker may wait before it looks again: until the next pending request becomes
    /// available (a lease runs out, a retry falls due), and at most one lease, for the requests of another
    /// instance that dies. Done requests past <see cref="SlackOptions.InboxRetention"/> are purged on the way.
    /// </summary>
    public async Task<TimeSpan> IdleWaitAsync(CancellationToken cancellationToken)
    {
        var slack = options.Value;
        var now = clock.GetUtcNow();
        var last = Interlocked.Read(ref _lastPurgeTicks);
        if (now.UtcTicks - last >= PurgePeriod.Ticks && Interlocked.CompareExchange(ref _lastPurgeTicks, now.UtcTicks, last) == last)
        {
            await store.PurgeAsync(now - slack.InboxRetention, cancellationToken);
        }

        var next = await store.NextAvailableAsync(cancellationToken);
        var wait = next is { } at ? at - now : slack.InboxLease;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > slack.InboxLease ? slack.InboxLease : wait;
    }

    private async Task RunAsync(ClaimedInboxRequest claimed, SlackInbound inbound, DateTimeOffset leaseEnd, CancellationToken stoppingToken)
    {
        var slack = options.Value;

        // A turn still running when its lease ends is cut short, so that it seldom overlaps a worker that took the
        // request over. The lease was written from before the claim, so the turn gets what is left of it, not a
        // whole lease; and as a cut only lands where the turn looks, the claim-checked bookkeeping below is what
        // keeps a late run from ending or releasing the row that other worker holds.
        var left = leaseEnd - clock.GetUtcNow();
        using var lease = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero, clock);
        using var turn = CancellationTokenSource.CreateLinkedTokenSource(lease.Token, stoppingToken);
        try
        {
            await processor.ProcessAsync(inbound, turn.Token);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: whoever starts next takes the request at once rather than after the lease, and
            // the run does not use up an attempt, or a few restarts in a deploy would give up a request that never failed.
            await store.GiveBackAsync(claimed, clock.GetUtcNow(), CancellationToken.None);
            throw;
        }
        catch (Exception exception)
        {
            var request = claimed.Request;
            if (claimed.Attempts >= slack.InboxMaxAttempts)
            {
                FailedAndGivenUp(logger, exception, claimed.Id, request.Kind, request.Team, claimed.Attempts);
                await CompleteAsync(claimed, $"Given up: failed {claimed.Attempts} times ({exception.GetType().Name})");
            }
            else
            {
                FailedWillRetry(logger, exception, claimed.Id, request.Kind, request.Team, claimed.Attempts, slack.InboxRetryDelay);
                await store.ReleaseAsync(claimed, clock.GetUtcNow() + slack.InboxRetryDelay, CancellationToken.None);
            }

            return;
        }

        // The turn's own work is over: its bookkeeping is finished even if the host began stopping meanwhile.
        await CompleteAsync(claimed, DoneOutcome);
    }

    private async Task CompleteAsync(ClaimedInboxRequest claimed, string outcome)
    {
        if (!await store.CompleteAsync(claimed, outcome, clock.GetUtcNow(), CancellationToken.None))
        {
            ClaimLost(logger, claimed.Id, claimed.Request.Kind, claimed.Request.Team, outcome);
        }
    }

    private static SlackInbound? Read(InboxRequest request)
    {
        try
        {
            return Enum.TryParse<SlackInboundKind>(request.Kind, out var kind) && JsonNode.Parse(request.Payload) is JsonObject payload
                ? new SlackInbound(kind, request.Team, request.Key, payload)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Slack request {RequestId} ({Kind}, team {Team}) is run again, run {Run}: its last run failed, or its worker died or was stopped")]
    private static partial void RunAgain(ILogger logger, long requestId, string kind, string team, int run);

    [LoggerMessage(2, LogLevel.Warning, "Slack request {RequestId} ({Kind}, team {Team}) failed on attempt {Attempt}; it is tried again after {RetryDelay}")]
    private static partial void FailedWillRetry(ILogger logger, Exception exception, long requestId, string kind, string team, int attempt, TimeSpan retryDelay);

    [LoggerMessage(3, LogLevel.Error, "Slack request {RequestId} ({Kind}, team {Team}) failed on attempt {Attempt}, the last one; it is given up")]
    private static partial void FailedAndGivenUp(ILogger logger, Exception exception, long requestId, string kind, string team, int attempt);

    [LoggerMessage(4, LogLevel.Error, "Slack request {RequestId} ({Kind}, team {Team}, received {ReceivedAt}) is given up: its worker died on each of its {MaxAttempts} attempts")]
    private static partial void GivenUp(ILogger logger, long requestId, string kind, string team, DateTimeOffset receivedAt, int maxAttempts);

    [LoggerMessage(5, LogLevel.Error, "Slack request {RequestId} ({Kind}, team {Team}) cannot be read; it is given up")]
    private static partial void Unreadable(ILogger logger, long requestId, string kind, string team);

    [LoggerMessage(6, LogLevel.Warning,
        "Slack request {RequestId} ({Kind}, team {Team}) ended ({Outcome}) after its lease ran out and another worker took it over; it is left to that worker")]
    private static partial void ClaimLost(ILogger logger, long requestId, string kind, string team, string outcome);
}
