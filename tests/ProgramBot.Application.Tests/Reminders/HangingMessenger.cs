using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Tests.Reminders;

/// <summary>
/// An <see cref="IProactiveMessenger"/> whose send never ends until the run is cancelled: a process that
/// dies mid-send, as far as the database can tell. <see cref="Started"/> completes once a send has begun.
/// </summary>
public sealed class HangingMessenger : IProactiveMessenger
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public Task<DeliveryResult> UpdateAsync(ConversationAddress address, string activityId, View view, CancellationToken cancellationToken) =>
        SendAsync(address, view, cancellationToken);

    public async Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken)
    {
        _started.TrySetResult();
        var never = new TaskCompletionSource<DeliveryResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = cancellationToken.Register(() => never.TrySetCanceled(cancellationToken));
        return await never.Task;
    }
}
