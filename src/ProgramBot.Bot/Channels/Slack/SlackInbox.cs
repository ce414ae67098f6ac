using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Verified Slack requests between the endpoint that acknowledges them at once (Slack's three-second
/// rule) and the workers that run them. Bounded: when it is full the endpoint says so instead of waiting.
/// </summary>
public sealed class SlackInbox(IOptions<SlackOptions> options)
{
    private readonly Channel<SlackInbound> _channel = Channel.CreateBounded<SlackInbound>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleWriter = false });

    private int _unfinished;

    /// <summary>Requests queued or being worked on (a measure of load, and how tests know the bot is done).</summary>
    public int Unfinished => Volatile.Read(ref _unfinished);

    /// <summary>False when the queue is full.</summary>
    public bool TryEnqueue(SlackInbound inbound)
    {
        Interlocked.Increment(ref _unfinished);
        if (_channel.Writer.TryWrite(inbound))
        {
            return true;
        }

        Interlocked.Decrement(ref _unfinished);
        return false;
    }

    /// <summary>A worker finished one request, however it ended.</summary>
    public void Finished() => Interlocked.Decrement(ref _unfinished);

    public IAsyncEnumerable<SlackInbound> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
