using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Teams;

/// <summary>
/// Turns a view into the activity Teams shows: the text, plus mention entities for the people
/// the text calls out (Teams notifies a mentioned person).
/// </summary>
public static class TeamsReplyFactory
{
    /// <summary>Null when the view has nothing to say.</summary>
    public static IMessageActivity? Create(View view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = TextRenderer.Render(view);
        if (text.Length == 0)
        {
            return null;
        }

        var reply = MessageFactory.Text(text);
        if (view is RiskChangedView { EscalatedTo: { } escalation })
        {
            reply.Entities = [Mention(escalation.ChannelUserId, escalation.Name)];
        }

        return reply;
    }

    private static Entity Mention(string channelUserId, string name)
    {
        var mention = new Mention(new ChannelAccount(channelUserId, name), $"<at>{name}</at>");
        var entity = new Entity();
        entity.SetAs(mention);
        return entity;
    }
}
