using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Tests.Cards;

/// <summary>Reads cards in tests: every TextBlock text, every fact, the actions and their verbs.</summary>
internal static class CardJson
{
    public static IEnumerable<JsonObject> Elements(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue)
                {
                    yield return obj;
                }

                foreach (var child in obj.Select(p => p.Value).SelectMany(Elements))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Elements))
                {
                    yield return child;
                }

                break;
        }
    }

    public static IReadOnlyList<string> Texts(JsonObject card) =>
        [.. Elements(card["body"]).Where(e => Type(e) == "TextBlock").Select(e => (string)e["text"]!)];

    public static string AllText(JsonObject card) => string.Join('\n', Texts(card));

    public static IReadOnlyDictionary<string, string> Facts(JsonObject card) =>
        Elements(card["body"]).Where(e => Type(e) == "FactSet")
            .SelectMany(f => f["facts"]!.AsArray())
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

    public static IReadOnlyList<JsonObject> Actions(JsonObject card) =>
        card["actions"] is JsonArray actions ? [.. actions.Select(a => a!.AsObject())] : [];

    public static IReadOnlyList<string> Verbs(JsonObject card) => [.. Actions(card).Select(a => (string)a["verb"]!)];

    public static IReadOnlyList<JsonObject> Inputs(JsonObject card) =>
        [.. Elements(card["body"]).Where(e => Type(e)!.StartsWith("Input.", StringComparison.Ordinal))];

    public static JsonObject? TextBlockContaining(JsonObject card, string fragment) =>
        Elements(card["body"]).FirstOrDefault(e => Type(e) == "TextBlock" && ((string)e["text"]!).Contains(fragment, StringComparison.Ordinal));

    private static string? Type(JsonObject element) => element["type"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
