using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>Assembles an Adaptive Card 1.5 for Teams: body, actions, an optional refresh, full width.</summary>
public sealed class CardBuilder
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";

    private readonly JsonArray body = [];
    private readonly JsonArray actions = [];
    private JsonObject? refresh;

    /// <summary>What the body takes so far, in the bytes <see cref="CardSize"/> counts.</summary>
    public int BodyBytes => CardSize.Bytes(body);

    public CardBuilder Add(JsonObject element)
    {
        ArgumentNullException.ThrowIfNull(element);
        body.Add(element);
        return this;
    }

    public CardBuilder AddAction(JsonObject action)
    {
        ArgumentNullException.ThrowIfNull(action);
        actions.Add(action);
        return this;
    }

    public CardBuilder WithRefresh(JsonObject value)
    {
        refresh = value;
        return this;
    }

    /// <summary>Builds a copy, so the builder may go on.</summary>
    public JsonObject Build()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
        };
        if (refresh is not null)
        {
            card["refresh"] = refresh.DeepClone();
        }

        card["body"] = body.DeepClone();
        if (actions.Count > 0)
        {
            card["actions"] = actions.DeepClone();
        }

        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }
}
