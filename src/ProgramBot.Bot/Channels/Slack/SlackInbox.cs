using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Where the Slack endpoints put a verified request before they acknowledge it (Slack's three-second
/// rule): the durable inbox (<see cref="ISlackInboxStore"/>) is the source of truth, so a request
/// acknowledged here survives a killed process; the in-memory signal only wakes an idle worker of this
/// process at once instead of at its next look.
/// </summary>
public sealed class SlackInbox(ISlackInboxStore store, TimeProvider clock, IOptions<SlackOptions> options)
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(options.Value.Workers) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>
    /// Stores the request for a worker. An event is keyed by its <c>event_id</c>, a command or interaction by
    /// its <c>trigger_id</c> (one per invocation), so Slack's retry, or a replay inside the signature's window,
    /// of a request already stored is a <see cref="InboxAddOutcome.Duplicate"/>; a request with neither gets a
    /// key of its own. <see cref="InboxAddOutcome.Full"/> when <see cref="SlackOptions.QueueCapacity"/>
    /// requests are pending.
    /// </summary>
    public async Task<InboxAddOutcome> AcceptAsync(SlackInboundKind kind, string team, JsonObject payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(team);
        ArgumentNullException.ThrowIfNull(payload);
        var key = (string?)payload[kind == SlackInboundKind.Event ? "event_id" : "trigger_id"] is { Length: > 0 } id ? id : Guid.NewGuid().ToString("N");

        // Slack's legacy verification token proves nothing once the signature did; it is not kept.
        payload.Remove("token");
        var request = new InboxRequest(team, kind.ToString(), key, payload.ToJsonString(), clock.GetUtcNow());
        var outcome = await store.AddAsync(request, options.Value.QueueCapacity, cancellationToken);
        if (outcome == InboxAddOutcome.Stored)
        {
            _wake.Writer.TryWrite(true);
        }

        return outcome;
    }

    /// <summary>Requests not done yet, by every instance sharing the database: how tests know the bot is done, and a measure of load.</summary>
    public Task<int> PendingAsync(CancellationToken cancellationToken) => store.CountPendingAsync(cancellationToken);

    /// <summary>Waits until a request arrives at this process or <paramref name="timeout"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
        try
        {
            if (await _wake.Reader.WaitToReadAsync(either.Token))
            {
                _wake.Reader.TryRead(out _);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The time is up: the worker looks at the table again.
        }
    }
}
