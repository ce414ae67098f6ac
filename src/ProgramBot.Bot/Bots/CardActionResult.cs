using System.Text.Json.Nodes;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Bots;

/// <summary>
/// The answer to a card button: the updated card (and the view it shows, for channels that render
/// their own), or a sentence saying why nothing changed.
/// </summary>
public sealed record CardActionResult(JsonObject? Card, string? Message, View? View = null);
