using System.Text.Json.Nodes;

namespace ProgramBot.Cli;

/// <summary>The readable parts of an Adaptive Card, in document order, for a terminal.</summary>
internal static class AdaptiveCardText
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static IReadOnlyList<string> Lines(JsonNode? card)
    {
        var lines = new List<string>();
        var actions = new List<string>();
        Walk(card, lines, actions);
        if (actions.Count > 0)
        {
            lines.Add(string.Join(' ', actions.Select(title => $"[{title}]")));
        }

        return lines;
    }

    private static void Walk(JsonNode? node, List<string> lines, List<string> actions)
    {
        if (node is JsonArray array)
        {
            foreach (JsonNode? item in array)
            {
                Walk(item, lines, actions);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        string? type = JsonRead.String(obj, "type");
        if (type == "TextBlock" && JsonRead.String(obj, "text") is { } text)
        {
            lines.Add(text);
        }
        else if (type == "FactSet" && obj["facts"] is JsonArray facts)
        {
            lines.AddRange(facts.Select(f => $"{JsonRead.String(f, "title")}: {JsonRead.String(f, "value")}"));
        }
        else if (type is not null && type.StartsWith("Action.", StringComparison.Ordinal) && JsonRead.String(obj, "title") is { } title)
        {
            actions.Add(title);
        }

        foreach (KeyValuePair<string, JsonNode?> property in obj)
        {
            // A fallback is the same button for older clients, and a refresh is no button at all.
            if (property.Value is JsonObject or JsonArray && property.Key is not ("facts" or "fallback" or "refresh"))
            {
                Walk(property.Value, lines, actions);
            }
        }
    }
}
