using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace ProgramBot.Dialogs.Tests.TestSupport;

/// <summary>A bare turn for tests that drive a <see cref="DialogContext"/> directly.</summary>
internal static class Turns
{
    public static TurnContext Message(string text = "hi") =>
        new(new TestAdapter(), new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = "conv-1" },
            From = new ChannelAccount("alice", "Alice"),
            Recipient = new ChannelAccount("bot", "Bot"),
        });
}
