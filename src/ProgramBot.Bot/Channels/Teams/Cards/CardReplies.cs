using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>A reply that carries the view's card, with the Markdown text as the fallback for clients without cards.</summary>
public static class CardReplies
{
    /// <summary>Null when the view has no card (it stays a text reply).</summary>
    public static IMessageActivity? Create(View view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!AdaptiveCardRenderer.TryRender(view, out var card))
        {
            return null;
        }

        var reply = MessageFactory.Attachment(CardAttachment.From(card), TextRenderer.Render(view));

        // The fallback text names an escalation's manager as <at>Name</at>; the entity makes Teams notify them.
        reply.Entities = TeamsMentions.ForView(view);
        return reply;
    }
}
