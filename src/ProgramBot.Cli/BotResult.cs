using System.Text.Json.Nodes;

namespace ProgramBot.Cli;

/// <summary>The bot's replies, or why there are none.</summary>
internal sealed record BotResult(IReadOnlyList<JsonObject> Activities, string? Error)
{
    public bool IsSuccess => Error is null;

    public static BotResult Success(IReadOnlyList<JsonObject> activities) => new(activities, null);

    public static BotResult Failure(string error) => new([], error);
}
