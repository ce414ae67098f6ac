using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>Collects title/value pairs for a FactSet; values are Markdown, so escape user text first.</summary>
public sealed class FactList
{
    private readonly List<(string Title, string Value)> facts = [];

    public int Count => facts.Count;

    public FactList Add(string title, string value)
    {
        facts.Add((title, value));
        return this;
    }

    /// <summary>Adds the fact only when there is a value.</summary>
    public FactList AddIf(string title, string? value) =>
        string.IsNullOrWhiteSpace(value) ? this : Add(title, value);

    public JsonObject ToElement() => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };
}
