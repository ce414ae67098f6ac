using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Bots;

/// <summary>The answer to a card button: the updated card, or a sentence saying why nothing changed.</summary>
public sealed record CardActionResult(JsonObject? Card, string? Message);
