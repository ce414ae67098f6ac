using System.Globalization;
using System.Text.Json.Nodes;
using ProgramBot.Application.Digests;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>
/// A digest, the facts of the Teams card: the period in the subscription's zone, a row per project, the
/// top risks, pending approvals and what needs attention, each list with "+N more".
/// </summary>
public static class SlackDigestBlocks
{
    public static JsonArray Render(DigestView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var since = view.OnDemand ? "as of " + ApprovalWords.Time(view.Slot, view.TimeZone)
            : view.Since is { } at ? "since " + ApprovalWords.Time(at, view.TimeZone) : "first digest";
        var blocks = new SlackBlocks()
            .Header((view.OnDemand ? "Digest" : "Digest " + view.SubscriptionId) + " — " + view.Scope)
            .Context(since);
        if (view.Projects.Count == 0)
        {
            blocks.Section("No projects in scope yet.");
        }
        else
        {
            blocks.List(view.Projects, Project, view.Projects.Count);
        }

        blocks.Divider().Section("*Top risks*");
        if (view.TopRisks.Count == 0)
        {
            blocks.Context("None open.");
        }
        else
        {
            blocks.List(view.TopRisks, SlackListBlocks.RiskRow, view.TopRisks.Count);
        }

        blocks.Section(Invariant($"*Pending approvals:* {view.PendingApprovals}"));
        if (view.Attention is { } attention)
        {
            AddAttention(blocks, attention);
        }

        return blocks.Build();
    }

    private static void AddAttention(SlackBlocks blocks, DigestAttention attention)
    {
        var upcoming = attention.UpcomingMilestones ?? DigestList<TaskView>.Empty;
        var missed = attention.MissedMilestones ?? DigestList<TaskView>.Empty;
        var silent = attention.NotReported ?? DigestList<string>.Empty;
        blocks.Divider();
        Titled(blocks, Invariant($"Milestones in the next {DigestAttentionBuilder.MilestoneDays} days ({upcoming.Total})"), upcoming.First, Milestone, upcoming.Total);
        Titled(blocks, Invariant($"Missed milestones ({missed.Total})"), missed.First, Milestone, missed.Total);
        Titled(blocks, Invariant($"Overdue ({attention.OverdueTotal})"), attention.Overdue,
            t => $"{SlackText.Escape(t.Id)} {SlackText.Escape(t.Title, SlackLimits.NameChars)} · {SlackText.Escape(t.AssigneeName ?? "unassigned", SlackLimits.NameChars)}", attention.OverdueTotal);
        Titled(blocks, Invariant($"Blocked ({attention.BlockedTotal})"), attention.Blocked,
            t => $"{SlackText.Escape(t.Id)} {SlackText.Escape(t.Title, SlackLimits.NameChars)} · {SlackText.Escape(t.BlockedReason, SlackLimits.NameChars)}", attention.BlockedTotal);
        Titled(blocks, "New risks since the last digest", attention.NewRisks, RiskLine, attention.NewRisks.Count);
        Titled(blocks, "Risks escalated since the last digest", attention.EscalatedRisks ?? [], RiskLine, attention.EscalatedRisks?.Count ?? 0);
        Titled(blocks, "Progress reports", attention.Reports ?? [],
            r => Invariant($"{SlackText.Escape(r.Target)} {r.Percent}% by {SlackText.Escape(r.ReporterName, SlackLimits.NameChars)}")
                + (r.Blockers is { } b ? " · blockers: " + SlackText.Escape(b, SlackLimits.NameChars) : string.Empty), attention.Reports?.Count ?? 0);
        Titled(blocks, Invariant($"No progress report in the period ({silent.Total})"), silent.First, n => SlackText.Escape(n, SlackLimits.NameChars), silent.Total);
        Titled(blocks, "Waiting longest for a decision", attention.OldestApprovals,
            a => Invariant($"{SlackText.Escape(a.Id)} {SlackText.Escape(a.Subject, SlackLimits.NameChars)} · {a.DaysWaiting} days"), attention.OldestApprovals.Count);
    }

    private static string RiskLine(RiskView risk) => Invariant($"{SlackText.Escape(risk.Id)} {SlackText.Escape(risk.Title, SlackLimits.NameChars)} · score {risk.Score}");

    private static string Milestone(TaskView task) =>
        $"{SlackText.Escape(task.Id)} {TaskText.MilestoneMarker}{SlackText.Escape(task.Title, SlackLimits.NameChars)} · {TaskWords.Due(task) ?? "no date"} · {SlackText.Escape(TaskWords.Assignee(task), SlackLimits.NameChars)}";

    private static void Titled<T>(SlackBlocks blocks, string heading, IReadOnlyList<T> items, Func<T, string> row, int total)
    {
        if (items.Count > 0)
        {
            blocks.Section($"*{heading}*").List(items, i => "• " + row(i), total);
        }
    }

    private static string Project(DigestProjectLine project)
    {
        var change = DigestCardRenderer.Change(project.PercentChange) is { } c ? $" ({c})" : string.Empty;
        var rag = project.LatestRag is { } value ? " · " + ProgressText.Rag(value) : string.Empty;
        return Invariant($"*{SlackText.Escape(project.Key)}* {SlackText.Escape(project.Name, SlackLimits.NameChars)} — *{project.PercentComplete}%*{change}{rag}\n      {project.Overdue} overdue · {project.Blocked} blocked");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
