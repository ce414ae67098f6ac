using ProgramBot.TestKit.Builders;

namespace ProgramBot.Web.Tests.Dialogs;

/// <summary>One person typing in one conversation of one tenant, through the real host.</summary>
public sealed class ChatUser(BotHost host, string tenant, string userId, string name, string conversation = "19:channel@thread.tacv2")
{
    public string Id => userId;

    public string Name => name;

    /// <summary>Sends the text and returns all reply texts joined by blank lines.</summary>
    public async Task<string> SayAsync(string text) => string.Join("\n\n", await host.AskAsync(Build(text).Build()));

    /// <summary>Sends the text as the activity <paramref name="activityId"/>: send it twice to play a channel's re-delivery.</summary>
    public async Task<string> SayAsync(string text, string activityId) => string.Join("\n\n", await host.AskAsync(Build(text).WithId(activityId).Build()));

    /// <summary>Sends text that mentions <paramref name="person"/> the way Teams does.</summary>
    public async Task<string> MentionAsync(ChatUser person, string text = "")
    {
        var activity = Build($"{text}<at>{person.Name}</at>".Trim()).Mentioning(person.Id, person.Name);
        return string.Join("\n\n", await host.AskAsync(activity.Build()));
    }

    public ChatUser In(BotHost other) => new(other, tenant, userId, name, conversation);

    private ActivityBuilder Build(string text) =>
        ActivityBuilder.Message(text).InTenant(tenant).InConversation(conversation).From(userId, name);
}
