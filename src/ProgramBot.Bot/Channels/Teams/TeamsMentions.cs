using Microsoft.Bot.Schema;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Channels.Teams;

/// <summary>Mention entities: a reply that names someone as <c>&lt;at&gt;Name&lt;/at&gt;</c> notifies them in Teams.</summary>
public static class TeamsMentions
{
    public static Entity Entity(string channelUserId, string name)
    {
        var entity = new Entity();
        entity.SetAs(new Mention(new ChannelAccount(channelUserId, name), $"<at>{name}</at>"));
        return entity;
    }

    /// <summary>The mentions a view's reply carries: the manager an escalated risk was raised with.</summary>
    public static IList<Entity>? ForView(View view) =>
        view is RiskChangedView { EscalatedTo: { } escalation } ? [Entity(escalation.ChannelUserId, escalation.Name)] : null;
}
