using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>How a risk's score, band and owner read on a card; the band word comes from <see cref="Rendering.RiskText.Band"/>.</summary>
public static class RiskWords
{
    /// <summary>The TextBlock colour for a band: attention for critical and high, warning for medium, good for low.</summary>
    public static string Color(RiskBand band) => band switch
    {
        RiskBand.Critical or RiskBand.High => "attention",
        RiskBand.Medium => "warning",
        _ => "good",
    };

    /// <summary>What happened to the risk, above its title.</summary>
    public static string Heading(RiskChangeKind change) => change switch
    {
        RiskChangeKind.Created => "Logged",
        RiskChangeKind.Updated => "Updated",
        RiskChangeKind.Closed => "Closed",
        _ => "Risk",
    };

    public static string Score(RiskView risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return string.Create(CultureInfo.InvariantCulture,
            $"Score {risk.Score} — {Rendering.RiskText.Band(risk.Band)} (p{risk.Probability}×i{risk.Impact})");
    }

    public static string Owner(RiskView risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return risk.OwnerName is null ? "no owner" : "@" + CardText.Escape(risk.OwnerName, CardLimits.NameChars);
    }

    public static string Status(RiskStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>A list row: id and title beside the coloured score, with scope, owner and status beneath.</summary>
    public static JsonObject Row(RiskView risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var details = $"{CardText.Escape(risk.Scope)} · {Owner(risk)}"
            + (risk.Status == RiskStatus.Open ? string.Empty : " · " + Status(risk.Status));
        return CardElements.Columns(
            CardElements.Column(
                "stretch",
                CardElements.Text($"**{CardText.Escape(risk.Id)}** {CardText.Escape(risk.Title, CardLimits.TitleChars)}"),
                CardElements.Subtle(details)),
            CardElements.Column(
                "auto",
                CardElements.Colored(string.Create(CultureInfo.InvariantCulture, $"{risk.Score} {Rendering.RiskText.Band(risk.Band)}"), Color(risk.Band))));
    }
}
