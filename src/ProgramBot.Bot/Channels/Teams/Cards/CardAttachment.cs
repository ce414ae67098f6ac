using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ProgramBot.Bot.Channels.Teams.Cards;

public static class CardAttachment
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// The Bot Framework serializes attachments with Newtonsoft, which would write a System.Text.Json
    /// node as an object graph, so the card travels as a <see cref="JObject"/> parsed from its JSON text.
    /// </summary>
    public static Attachment From(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = ContentType, Content = JObject.Parse(card.ToJsonString()) };
    }
}
