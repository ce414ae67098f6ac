using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>Task and risk lists: a header with the total, the first rows, "+N more".</summary>
public static class SlackListBlocks
{
    public static JsonArray Render(TaskListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Build(view.Heading, view.Items, SlackTaskBlocks.Row, view.Total);
    }

    public static JsonArray Render(RiskListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Build(view.Heading, view.Items, RiskRow, view.Total);
    }

    /// <summary>A risk row: id, title and score with its band, then scope, owner and status.</summary>
    public static string RiskRow(RiskView risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var owner = risk.OwnerName is null ? "no owner" : "@" + SlackText.Escape(risk.OwnerName, SlackLimits.NameChars);
        var status = risk.Status == RiskStatus.Open ? string.Empty : " · " + RiskWords.Status(risk.Status);
        return string.Create(CultureInfo.InvariantCulture,
            $"*{SlackText.Escape(risk.Id)}* {SlackText.Escape(risk.Title, SlackLimits.TitleChars)} — {risk.Score} {Rendering.RiskText.Band(risk.Band)}\n      {SlackText.Escape(risk.Scope)} · {owner}{status}");
    }

    private static JsonArray Build<T>(string heading, IReadOnlyList<T> items, Func<T, string> row, int total)
    {
        var blocks = new SlackBlocks();
        if (items.Count == 0)
        {
            return blocks.Header(heading).Section("None.").Build();
        }

        return blocks.Header(string.Create(CultureInfo.InvariantCulture, $"{heading} ({total})")).List(items, row, total).Build();
    }
}
