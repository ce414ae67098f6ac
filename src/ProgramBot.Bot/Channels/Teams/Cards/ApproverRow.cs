using System.Text.Json.Nodes;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>One approver on an approval card: name beside the coloured decision and its time, the comment beneath.</summary>
public static class ApproverRow
{
    public static JsonObject Render(ApproverView approver, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(approver);
        ArgumentNullException.ThrowIfNull(zone);
        var decision = ApprovalWords.Decision(approver.Decision)
            + (approver.DecidedAt is { } at ? " · " + ApprovalWords.Time(at, zone) : string.Empty);
        var name = CardElements.Column("stretch", CardElements.Text("**" + CardText.Escape(approver.Name, CardLimits.NameChars) + "**"));
        var state = CardElements.Column("auto", CardElements.Colored(decision, ApprovalWords.DecisionColor(approver.Decision)));
        var row = CardElements.Columns(name, state);
        if (string.IsNullOrWhiteSpace(approver.Comment))
        {
            return row;
        }

        return CardElements.Container(row, CardElements.Subtle("“" + CardText.Escape(approver.Comment, CardLimits.TextChars) + "”"));
    }
}
