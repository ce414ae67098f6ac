using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace ProgramBot.Dialogs.Tests.TestSupport;

/// <summary>Bare turns for tests that drive a <see cref="DialogContext"/> directly.</summary>
internal static class Turns
{
    public static TurnContext Message(string text = "hi") => Of(new Activity { Type = ActivityTypes.Message, Text = text });

    public static TurnContext Of(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= "test";
        activity.Conversation ??= new ConversationAccount { Id = "conv-1" };
        activity.From ??= new ChannelAccount("alice", "Alice");
        activity.Recipient ??= new ChannelAccount("bot", "Bot");
        return new TurnContext(new TestAdapter(), activity);
    }

    public static IReadOnlyList<Activity> RepliesOf(ITurnContext turn) =>
        [.. ((TestAdapter)turn.Adapter).ActiveQueue];
}
