using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Messages the bot starts itself (digests, reminders, approval notices): sent to a stored conversation
/// address, retried by policy when the channel is busy, and refused for good when the bot may no longer post
/// there; and messages it posted earlier, updated in place (approval-card copies).
/// </summary>
public interface IProactiveMessenger
{
    Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces message <paramref name="activityId"/> (a Slack <c>ts</c>) of the conversation with the view. Idempotent,
    /// so retried freely; refused for good when the bot can no longer reach the conversation or the message.
    /// </summary>
    Task<DeliveryResult> UpdateAsync(ConversationAddress address, string activityId, View view, CancellationToken cancellationToken);
}
