using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Messages the bot starts itself (digests, reminders): sent to a stored conversation address,
/// retried by policy when the channel is busy, and refused for good when the bot may no longer post
/// there.
/// </summary>
public interface IProactiveMessenger
{
    Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken);
}
