using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ProgramBot.Bot.Channels.Teams.Cards;

public static class CardAttachment
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>
    /// The Bot Framework serializes attachments with Newtonsoft, which would write a System.Text.Json
    /// node as an object graph, so the card travels as its JSON text in a <see cref="JRaw"/>, written
    /// verbatim (parsing it into a <c>JObject</c> first cost every card reply a second parse).
    /// </summary>
    public static Attachment From(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new Attachment { ContentType = ContentType, Content = new JRaw(card.ToJsonString()) };
    }
}
