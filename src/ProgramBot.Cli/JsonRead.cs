using System.Text.Json;
using System.Text.Json.Nodes;

namespace ProgramBot.Cli;

/// <summary>Lenient reads from activities whose shape the bot, not the CLI, decides.</summary>
internal static class JsonRead
{
    public static string? String(JsonNode? node, string property) =>
        node is JsonObject obj && obj[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : null;
}
