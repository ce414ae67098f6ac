using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>A risk after a change: score and band, owner, mitigation, review date, closing note, and whom it was escalated to.</summary>
public static class SlackRiskBlocks
{
    public static JsonArray Render(RiskChangedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var risk = view.Risk;
        var heading = RiskWords.Heading(view.Change);
        var blocks = new SlackBlocks()
            .Context($"{heading} · {SlackText.Escape(risk.Id)}")
            .Section($"*{SlackText.Escape(risk.Title, SlackLimits.TitleChars)}*\n{RiskWords.Score(risk)}")
            .Fields(
                ("Scope", SlackText.Escape(risk.Scope)),
                ("Owner", risk.OwnerName is null ? "no owner" : "@" + SlackText.Escape(risk.OwnerName, SlackLimits.NameChars)),
                ("Status", RiskWords.Status(risk.Status)),
                ("Review", risk.ReviewDate is { } review ? TextRenderer.Date(review) : null));
        if (view.Change != RiskChangeKind.Closed && risk.Mitigation is { } mitigation)
        {
            blocks.Section("*Mitigation:* " + SlackText.Escape(mitigation, SlackLimits.TextChars));
        }

        if (risk.ClosingNote is { } note)
        {
            blocks.Section("*Note:* " + SlackText.Escape(note, SlackLimits.TextChars));
        }

        if (view.EscalatedTo is { } escalation)
        {
            // <@U…> notifies the manager in Slack, as the mention entity does in Teams.
            blocks.Section($":rotating_light: Escalated to <@{SlackText.Escape(escalation.ChannelUserId)}> ({SlackText.Escape(escalation.Role, SlackLimits.NameChars)}): the score reached the escalation threshold.");
        }

        return blocks.Build();
    }
}
