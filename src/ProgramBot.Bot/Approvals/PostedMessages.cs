using Microsoft.Bot.Schema;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Bot.Approvals;

/// <summary>Where a sent activity lives, and the way back to it.</summary>
public static class PostedMessages
{
    public static PostedMessage From(IActivity sent, string activityId)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return new PostedMessage(sent.ChannelId, sent.ServiceUrl, sent.Conversation.Id, activityId, sent.Conversation.TenantId);
    }

    public static ConversationReference ToReference(PostedMessage message, ChannelAccount bot)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ConversationReference
        {
            ChannelId = message.ChannelId,
            ServiceUrl = message.ServiceUrl,
            Conversation = new ConversationAccount(id: message.ConversationId, tenantId: message.TenantId),
            Bot = bot,
            ActivityId = message.ActivityId,
        };
    }
}
