using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Digests;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>
/// A scheduled digest, the facts of <see cref="DigestReportText"/>: the period in the subscription's zone, a row per
/// project (at most ten, then "+N more") with percent, change, overdue, blocked and RAG, the top risks, the pending approvals and
/// what needs attention (milestones coming up and missed, overdue, blocked, new and escalated risks, reports, who has not reported).
/// </summary>
public static class DigestCardRenderer
{
    /// <summary>Room kept for the card's envelope and actions beyond its body.</summary>
    private const int ReserveBytes = 2 * 1024;

    public static JsonObject Render(DigestView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var since = view.OnDemand ? "as of " + ApprovalWords.Time(view.Slot, view.TimeZone)
            : view.Since is { } at ? "since " + ApprovalWords.Time(at, view.TimeZone) : "first digest";
        var title = view.OnDemand ? "Digest" : $"Digest {CardText.Escape(view.SubscriptionId)}";
        var card = new CardBuilder()
            .Add(CardElements.Heading($"{title} — {CardText.Escape(view.Scope, CardLimits.TitleChars)}"))
            .Add(CardElements.Subtle(since));
        if (view.Projects.Count == 0)
        {
            card.Add(CardElements.Text("No projects in scope yet."));
        }
        else
        {
            RowBudget.AddRows(card, view.Projects, p => CardElements.Separated(Row(p)), view.Projects.Count);
        }

        card.Add(CardElements.Separated(CardElements.Text("**Top risks**")));
        if (view.TopRisks.Count == 0)
        {
            card.Add(CardElements.Subtle("None open."));
        }
        else
        {
            // The digest carries the top few; capping the rows keeps both lists together inside the Teams limit.
            RowBudget.AddRows(card, view.TopRisks, RiskWords.Row, view.TopRisks.Count, DigestBuilder.TopRiskCount);
        }

        card.Add(CardElements.Separated(CardElements.Text(Invariant($"**Pending approvals:** {view.PendingApprovals}"))));
        if (view.Attention is { } attention)
        {
            AddAttention(card, attention);
        }

        return card.Build();
    }

    /// <summary>
    /// The "needs attention" lists, each under a heading with "+N more". Long project lists already spend
    /// most of the card's budget: the first list that would push the card past the Teams limit gives way
    /// to a pointer at the message text, which carries everything.
    /// </summary>
    private static void AddAttention(CardBuilder card, DigestAttention attention)
    {
        var upcoming = attention.UpcomingMilestones ?? DigestList<TaskView>.Empty;
        var missed = attention.MissedMilestones ?? DigestList<TaskView>.Empty;
        var silent = attention.NotReported ?? DigestList<string>.Empty;
        var sections = new (string Heading, IEnumerable<string> Items, int Total)[]
        {
            (Invariant($"Milestones in the next {DigestAttentionBuilder.MilestoneDays} days ({upcoming.Total})"), upcoming.First.Select(Milestone), upcoming.Total),
            (Invariant($"Missed milestones ({missed.Total})"), missed.First.Select(Milestone), missed.Total),
            (Invariant($"Overdue ({attention.OverdueTotal})"), attention.Overdue.Select(t => $"{t.Id} {CardText.Escape(t.Title, CardLimits.NameChars)} · {CardText.Escape(t.AssigneeName ?? "unassigned", CardLimits.NameChars)}"), attention.OverdueTotal),
            (Invariant($"Blocked ({attention.BlockedTotal})"), attention.Blocked.Select(t => $"{t.Id} {CardText.Escape(t.Title, CardLimits.NameChars)} · {CardText.Escape(t.BlockedReason, CardLimits.NameChars)}"), attention.BlockedTotal),
            ("New risks since the last digest", attention.NewRisks.Select(RiskLine), attention.NewRisks.Count),
            ("Risks escalated since the last digest", (attention.EscalatedRisks ?? []).Select(RiskLine), attention.EscalatedRisks?.Count ?? 0),
            ("Progress reports", (attention.Reports ?? []).Select(r => Invariant($"{CardText.Escape(r.Target)} {r.Percent}% by {CardText.Escape(r.ReporterName, CardLimits.NameChars)}")
                + (r.Blockers is { } blockers ? " · blockers: " + CardText.Escape(blockers, CardLimits.NameChars) : string.Empty)), attention.Reports?.Count ?? 0),
            (Invariant($"No progress report in the period ({silent.Total})"), silent.First.Select(n => CardText.Escape(n, CardLimits.NameChars)), silent.Total),
            ("Waiting longest for a decision", attention.OldestApprovals.Select(a => Invariant($"{a.Id} {CardText.Escape(a.Subject, CardLimits.NameChars)} · {a.DaysWaiting} days")), attention.OldestApprovals.Count),
        };
        foreach (var (heading, items, total) in sections)
        {
            var shown = items.ToList();
            if (shown.Count == 0)
            {
                continue;
            }

            var more = total > shown.Count ? Invariant($"\n- +{total - shown.Count} more") : string.Empty;
            var element = CardElements.Separated(CardElements.Text($"**{heading}**\n{string.Join('\n', shown.Select(i => "- " + i))}{more}"));
            if (card.BodyBytes + CardSize.Bytes(element) > CardLimits.MaxBytes - ReserveBytes)
            {
                card.Add(CardElements.Subtle("More needs attention: see the text of this message."));
                return;
            }

            card.Add(element);
        }
    }

    private static string RiskLine(RiskView risk) => Invariant($"{risk.Id} {CardText.Escape(risk.Title, CardLimits.NameChars)} · score {risk.Score}");

    /// <summary>A milestone: id, marker and title, then its due date and assignee.</summary>
    private static string Milestone(TaskView task) =>
        $"{task.Id} {TaskText.MilestoneMarker}{CardText.Escape(task.Title, CardLimits.NameChars)} · {TaskWords.Due(task) ?? "no date"} · {TaskWords.Assignee(task)}";

    /// <summary>The change in percent since the last digest, such as "+5" or "-3"; null when there is none to show.</summary>
    public static string? Change(int? change) => change switch
    {
        null or 0 => null,
        > 0 => Invariant($"+{change}"),
        _ => Invariant($"{change}"),
    };

    /// <summary>Good for a rise, attention for a fall.</summary>
    public static string ChangeColor(int change) => change > 0 ? "good" : "attention";

    /// <summary>A project row: key and name over the overdue and blocked counts, beside the percent, its change and the RAG.</summary>
    public static JsonObject Row(DigestProjectLine project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var percent = new List<JsonObject> { CardElements.Text(Invariant($"**{project.PercentComplete}%**")) };
        if (Change(project.PercentChange) is { } change)
        {
            var block = CardElements.Colored(change, ChangeColor(project.PercentChange!.Value));
            block["spacing"] = "None";
            percent.Add(block);
        }

        var columns = new List<JsonObject>
        {
            CardElements.Column(
                "stretch",
                CardElements.Text($"**{CardText.Escape(project.Key)}** {CardText.Escape(project.Name, CardLimits.NameChars)}"),
                CardElements.Subtle(Invariant($"{project.Overdue} overdue · {project.Blocked} blocked"))),
            CardElements.Column("auto", [.. percent]),
        };
        if (project.LatestRag is { } rag)
        {
            columns.Add(CardElements.Column("auto", CardElements.Colored(ProgressText.Rag(rag), ProgressCardRenderer.Color(rag))));
        }

        return CardElements.Columns([.. columns]);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
