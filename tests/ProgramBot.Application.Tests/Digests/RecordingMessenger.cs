using System.Collections.Concurrent;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Tests.Digests;

/// <summary>An <see cref="IProactiveMessenger"/> that keeps what it was asked to send or update and answers with a set outcome.</summary>
public sealed class RecordingMessenger : IProactiveMessenger
{
    private readonly ConcurrentQueue<(ConversationAddress Address, View View)> _sent = new();
    private readonly ConcurrentQueue<(ConversationAddress Address, string ActivityId, View View)> _updated = new();

    public DeliveryResult Answer { get; set; } = new(DeliveryOutcome.Delivered, 1, null);

    /// <summary>How updates end (by default, as sends do).</summary>
    public DeliveryResult? UpdateAnswer { get; set; }

    /// <summary>Runs in each update, after it is recorded as made (so a test can act while it is in flight); a non-null answer ends it so.</summary>
    public Func<string, Task<DeliveryResult?>>? OnUpdate { get; set; }

    public IReadOnlyList<(ConversationAddress Address, View View)> Sent => [.. _sent];

    public IReadOnlyList<(ConversationAddress Address, string ActivityId, View View)> Updated => [.. _updated];

    /// <summary>Each send as its conversation and text (a message's text, else the view's type name).</summary>
    public IReadOnlyList<(string ConversationId, string Text)> Texts =>
        [.. _sent.Select(s => (s.Address.ConversationId, s.View is MessageView m ? m.Text : s.View.GetType().Name))];

    /// <summary>Sends to these conversations throw, as if the process died mid-send: nothing is recorded as sent.</summary>
    public ISet<string> CrashOn { get; } = new HashSet<string>();

    /// <summary>Runs before each send is recorded: what else happens in the world while the bot sends.</summary>
    public Func<ConversationAddress, Task>? BeforeSend { get; set; }

    public async Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (CrashOn.Contains(address.ConversationId))
        {
            throw new InvalidOperationException("the process died while sending");
        }

        if (BeforeSend is { } before)
        {
            await before(address);
        }

        _sent.Enqueue((address, view));
        return Answer;
    }

    public async Task<DeliveryResult> UpdateAsync(ConversationAddress address, string activityId, View view, CancellationToken cancellationToken)
    {
        _updated.Enqueue((address, activityId, view));
        return (OnUpdate is null ? null : await OnUpdate(activityId)) ?? UpdateAnswer ?? Answer;
    }
}
