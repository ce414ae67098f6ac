using System.Globalization;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Bot.Rendering;

public static class RiskText
{
    public static string Line(RiskView risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        var parts = new List<string>
        {
            $"**{risk.Id}** {risk.Title}",
            $"score {risk.Score} ({Band(risk.Band)}, p{risk.Probability}×i{risk.Impact})",
            risk.Scope,
            risk.OwnerName is null ? "no owner" : "owner @" + risk.OwnerName,
        };
        if (risk.Status != RiskStatus.Open)
        {
            parts.Add(risk.Status.ToString().ToLowerInvariant());
        }

        return string.Join(" · ", parts);
    }

    public static string Changed(RiskChangedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var verb = view.Change switch
        {
            RiskChangeKind.Created => "Logged ",
            RiskChangeKind.Updated => "Updated ",
            RiskChangeKind.Closed => "Closed ",
            _ => string.Empty,
        };
        var lines = new List<string> { verb + Line(view.Risk) };
        if (view.Change != RiskChangeKind.Closed && view.Risk.Mitigation is { } mitigation)
        {
            lines.Add("Mitigation: " + mitigation);
        }

        if (view.Risk.ReviewDate is { } review)
        {
            lines.Add("Review: " + TextRenderer.Date(review));
        }

        if (view.Risk.ClosingNote is { } note)
        {
            lines.Add("Note: " + note);
        }

        if (view.EscalatedTo is { } escalation)
        {
            lines.Add($"Escalated to <at>{escalation.Name}</at> ({escalation.Role}): the score reached the escalation threshold.");
        }

        return string.Join("\n\n", lines);
    }

    public static string List(RiskListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Items.Count == 0)
        {
            return $"{view.Heading}: none.";
        }

        var more = view.More > 0 ? $"\n- +{view.More} more" : string.Empty;
        return $"{view.Heading} ({view.Total}):\n{string.Join('\n', view.Items.Select(r => "- " + Line(r)))}{more}";
    }

    public static string Bands(RiskBandsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var p = view.Policy;
        return string.Create(CultureInfo.InvariantCulture,
            $"Risk bands: low 1–{p.MediumFrom - 1}, medium {p.MediumFrom}–{p.HighFrom - 1}, high {p.HighFrom}–{p.CriticalFrom - 1}, critical {p.CriticalFrom}–25; escalating at {p.EscalationThreshold}.");
    }

    /// <summary>A colour word for each band, so text-only clients still see the severity.</summary>
    public static string Band(RiskBand band) => band switch
    {
        RiskBand.Critical => "critical 🔴",
        RiskBand.High => "high 🟠",
        RiskBand.Medium => "medium 🟡",
        _ => "low 🟢",
    };
}
