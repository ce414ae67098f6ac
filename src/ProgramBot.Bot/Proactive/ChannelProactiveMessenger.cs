using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Bot.Proactive;

/// <summary>Delivers (or updates) a message the bot starts itself through the channel its conversation lives in.</summary>
public sealed class ChannelProactiveMessenger(TeamsProactiveMessenger teams, SlackProactiveMessenger slack) : IProactiveMessenger
{
    public Task<DeliveryResult> SendAsync(ConversationAddress address, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return ChannelReplies.IsSlack(address.ChannelId)
            ? slack.SendAsync(address, view, cancellationToken)
            : teams.SendAsync(address, view, cancellationToken);
    }

    public Task<DeliveryResult> UpdateAsync(ConversationAddress address, string activityId, View view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return ChannelReplies.IsSlack(address.ChannelId)
            ? slack.UpdateAsync(address, activityId, view, cancellationToken)
            : teams.UpdateAsync(address, activityId, view, cancellationToken);
    }
}
