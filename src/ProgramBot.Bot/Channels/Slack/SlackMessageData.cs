using Newtonsoft.Json.Linq;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// What a Slack reply carries beside its text, in the activity's channel data: the Block Kit blocks
/// (as JSON text) and whether only the person who asked should see it (sent through <c>response_url</c>).
/// </summary>
public sealed class SlackMessageData
{
    public string? Blocks { get; set; }

    public bool Ephemeral { get; set; }

    /// <summary>The data an activity carries, whether still typed or after a JSON round trip.</summary>
    public static SlackMessageData? Read(object? channelData) => channelData switch
    {
        SlackMessageData data => data,
        JObject json => json.ToObject<SlackMessageData>(),
        _ => null,
    };
}
