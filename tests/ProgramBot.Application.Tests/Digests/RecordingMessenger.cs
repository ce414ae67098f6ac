using System.Collections.Concurrent;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Tests.Digests;

/// <summary>An <see cref="IProactiveMessenger"/> that keeps what it was asked to send and answers with a set outcome.</summary>
public sealed class RecordingMessenger : IProactiveMessenger
{
    private readonly ConcurrentQueue<(ConversationAddress Address, View View)> _sent = new();

    public DeliveryResult Answer { get; set; } = new(DeliveryOutcome.Delivered, 1, null);

    public IReadOnlyList<(ConversationAddress Address, View View)> Sent => [.. _sent];

    /// <summary>Each send as its conversation and text (a message's text, else the view's type name).</summary>
    public IReadOnlyList<(string ConversationId, string Text)> Texts =>
        [.. _sent.Select(s => (s.Address.ConversationId, s.View is MessageView m ? m.Text : s.View.GetType().Name))];

    /// <summary>Sends to these conversations throw, as if the process died mid-send: nothing is recorded as sent.</summary>
    public ISet<string> CrashOn { get; } = new HashSet<string>();

    public Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (CrashOn.Contains(address.ConversationId))
        {
            throw new InvalidOperationException("the process died while sending");
        }

        _sent.Enqueue((address, view));
        return Task.FromResult(Answer);
    }
}
