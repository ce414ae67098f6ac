using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>
/// Universal Actions: <c>Action.Execute</c> with a verb and <c>{"verb", "id"}</c> data, falling back to an
/// <c>Action.Submit</c> with the same data on clients without Universal Actions.
/// </summary>
public static class CardActions
{
    public const string Positive = "positive";
    public const string Destructive = "destructive";

    public static JsonObject Execute(string title, string verb, string id, string? style = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(title);
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = Data(verb, id),
        };
        var fallback = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = Data(verb, id) };
        if (style is not null)
        {
            action["style"] = style;
            fallback["style"] = style;
        }

        action["fallback"] = fallback;
        return action;
    }

    /// <summary>Asks the clients of <paramref name="userIds"/> to fetch their own version of the card when they show it.</summary>
    public static JsonObject Refresh(string verb, string id, IEnumerable<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        return new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = Data(verb, id) },
            ["userIds"] = new JsonArray([.. userIds.Select(u => JsonValue.Create(u))]),
        };
    }

    /// <summary>A fresh node each time: a JSON node can have only one parent.</summary>
    public static JsonObject Data(string verb, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(verb);
        ArgumentException.ThrowIfNullOrEmpty(id);
        return new JsonObject { ["verb"] = verb, ["id"] = id };
    }
}
