using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>What the bot posts: the notification / fallback text and, where the view has them, Block Kit blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray? Blocks = null)
{
    /// <summary>The fields <c>chat.postMessage</c>, <c>chat.update</c> and <c>response_url</c> share.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["text"] = Text };
        if (Blocks is not null)
        {
            json["blocks"] = Blocks.DeepClone();
        }

        return json;
    }
}
