using System.Text;
using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Channels.Teams.Cards;

public static class CardSize
{
    /// <summary>
    /// UTF-8 bytes of the JSON text. System.Text.Json escapes non-ASCII characters as <c>\uXXXX</c>,
    /// so this over-counts what the Bot Framework sends: a safe measure against the limit.
    /// </summary>
    public static int Bytes(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Encoding.UTF8.GetByteCount(node.ToJsonString());
    }
}
