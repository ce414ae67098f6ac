using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Teams;

/// <summary>
/// Turns a view into the activity Teams shows: its card with the text as fallback where it has a
/// card, otherwise the text; either way with mention entities for the people it calls out.
/// </summary>
public static class TeamsReplyFactory
{
    /// <summary>Null when the view has nothing to say.</summary>
    public static IMessageActivity? Create(View view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (CardReplies.Create(view) is { } card)
        {
            return card;
        }

        var text = TextRenderer.Render(view);
        if (text.Length == 0)
        {
            return null;
        }

        var reply = MessageFactory.Text(text);
        reply.Entities = TeamsMentions.ForView(view);
        return reply;
    }
}
