using System.Collections.Concurrent;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Tests.UseCases;

/// <summary>Accepts every proactive message and keeps it, in order, for the assertions.</summary>
public sealed class RecordingMessenger : IProactiveMessenger
{
    private readonly ConcurrentQueue<(string ConversationId, string Text)> _sent = new();

    public IReadOnlyList<(string ConversationId, string Text)> Sent => [.. _sent];

    public Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        _sent.Enqueue((address.ConversationId, view is MessageView m ? m.Text : view.GetType().Name));
        return Task.FromResult(new DeliveryResult(DeliveryOutcome.Delivered, 1, null));
    }
}
