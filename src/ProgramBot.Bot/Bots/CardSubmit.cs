using Newtonsoft.Json.Linq;
using ProgramBot.Bot.Channels.Teams.Cards;

namespace ProgramBot.Bot.Bots;

/// <summary>An <c>Action.Submit</c> value that carries one of our card verbs.</summary>
public sealed record CardSubmit(string Verb, JObject Data)
{
    private static readonly string[] Verbs =
        [CardVerbs.TaskStart, CardVerbs.TaskDone, CardVerbs.TaskAssignToMe, CardVerbs.ApprovalApprove, CardVerbs.ApprovalReject, CardVerbs.ApprovalRefresh];

    public static CardSubmit? Read(object? value) =>
        value is JObject data && (string?)data["verb"] is { } verb && Verbs.Contains(verb) ? new CardSubmit(verb, data) : null;
}
