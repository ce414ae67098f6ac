using ProgramBot.Application.Views;
using ProgramBot.Bot.Tests.Cards.Builders;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Health;
using ProgramBot.Domain.Progress;
using ProgramBot.Domain.Risks;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Tests.Cards;

/// <summary>Views in every state the card renderers branch on, ordinary and hostile, small and huge.</summary>
internal static class CardSamples
{
    public const string Hostile = "*bold* [x](http://evil) _i_ `code` <at>boss</at>\n- item\n1. one # \\";

    public static readonly TimeZoneInfo PlusTwo = TimeZoneInfo.CreateCustomTimeZone("Test+2", TimeSpan.FromHours(2), "Test+2", "Test+2");

    public static string Long(int length) => string.Concat(Enumerable.Repeat("*é😀[", length / 4 + 1))[..length];

    public static IEnumerable<(string Name, View View)> All()
    {
        foreach (var status in Enum.GetValues<WorkItemStatus>())
        {
            yield return ($"task {status}", new TaskChangedView(new TaskViewBuilder().WithStatus(status).Build(), TaskChange.Created));
        }

        yield return ("task hostile", new TaskChangedView(new TaskViewBuilder().WithTitle(Hostile).WithAssignee(null).WithDue(null).WithBlockedReason(Hostile).Build(), TaskChange.Blocked));
        yield return ("task long", new TaskChangedView(new TaskViewBuilder().WithTitle(Long(200)).WithBlockedReason(Long(2000)).Build(), TaskChange.Blocked));
        yield return ("task detail", new TaskDetailView(new TaskViewBuilder().WithDue(new DateOnly(2026, 1, 2), true).Build(), "Website", "Dana", ApprovalViewBuilder.Created, TimeZoneInfo.Utc));
        yield return ("task milestone", new TaskChangedView(new TaskViewBuilder().AsMilestone().Build(), TaskChange.MilestoneSet));
        yield return ("task list empty", new TaskListView("Open tasks", [], 0));
        yield return ("task list 500", new TaskListView("Open tasks", TaskViewBuilder.Many(500, Long(200), Long(500)), 500));
        yield return ("project status", Status(TaskViewBuilder.Many(3), new ProgressReport(1, 1, null, 1, ApprovalViewBuilder.Created, 40, Rag.Amber, "late", null, null, null)));
        yield return ("project status bare", Status([], null));
        yield return ("project status huge", Status(TaskViewBuilder.Many(200, Long(200), Long(500)), null));
        yield return ("project status with health", Status(TaskViewBuilder.Many(3), null) with
        {
            Health = ProgramStatusSamples.Project("WEB", Hostile, Rag.Red, new RagOverride(Rag.Amber, Long(300), 1, ProgramStatusSamples.Now, ProgramStatusSamples.Now.AddDays(3)), new BudgetFigures(120_000m, "EUR", 60_000m, 40)),
            TimeZone = TimeZoneInfo.Utc,
        });
        foreach (var (name, program) in ProgramStatusSamples.All())
        {
            yield return ("program status " + name, program);
        }
        foreach (var band in Enum.GetValues<RiskBand>())
        {
            yield return ($"risk {band}", new RiskChangedView(new RiskViewBuilder().WithScore(2, 2, band).Build(), RiskChangeKind.Updated, null));
        }

        yield return ("risk escalated", new RiskChangedView(new RiskViewBuilder().Build(), RiskChangeKind.Created, new EscalationNotice("Mia", "29:mia", "program manager")));
        yield return ("risk closed", new RiskChangedView(new RiskViewBuilder().WithStatus(RiskStatus.Closed, Hostile).WithOwner(null).WithReview(null).Build(), RiskChangeKind.Closed, null));
        yield return ("risk long", new RiskChangedView(new RiskViewBuilder().WithTitle(Long(200)).WithMitigation(Long(3000)).WithStatus(RiskStatus.Mitigating, Long(3000)).Build(), RiskChangeKind.Updated, null));
        yield return ("risk list empty", new RiskListView("Open risks", [], 0));
        yield return ("risk list 500", new RiskListView("Open risks", [.. Enumerable.Range(1, 500).Select(i => new RiskViewBuilder().WithId($"R-{i}").WithTitle(Long(200)).Build())], 500));
        yield return ("progress", new ProgressView("WEB", "Ann", 60, Rag.Red, "vendor", "pages", "tests", "legal"));
        yield return ("progress bare", new ProgressView("WEB-42", "Ann", 0, null, null, null, null, null));
        yield return ("progress long", new ProgressView("WEB", Long(300), 100, Rag.Green, Long(3000), Long(3000), Long(3000), Long(3000)));
        yield return ("help", new HelpView(null, [new HelpEntry("task new <title> [@who] [due]", "Create a task"), new HelpEntry("task done <id>", "Finish one")]));
        yield return ("help topic", new HelpView("task", [.. Enumerable.Range(1, 300).Select(i => new HelpEntry($"task thing{i} <id>", Long(300)))]));
        foreach (var status in Enum.GetValues<ApprovalStatus>())
        {
            yield return ($"approval {status}", Approval(status));
        }

        yield return ("approval none pending", new ApprovalViewBuilder().WithApprover("Eve", "29:eve", true, "ok").Build());
        yield return ("approval huge", new ApprovalViewBuilder().WithSubject(Long(200)).WithApprovers(50, Long(500)).Build());
        yield return ("digest empty", Digest([], [], pending: 0, first: true));
        yield return ("digest", Digest(
            [new DigestProjectLine("WEB", "Website relaunch", 60, 5, 2, 1, Rag.Amber), new DigestProjectLine("APP", Hostile, 30, -3, 0, 0, null), new DigestProjectLine("OPS", "Ops", 0, null, 0, 0, Rag.Green)],
            [new RiskViewBuilder().Build(), new RiskViewBuilder().WithId("R-8").WithScore(2, 3, RiskBand.Medium).WithOwner(null).Build()]));
        yield return ("digest large", Digest(
            [.. Enumerable.Range(1, 200).Select(i => new DigestProjectLine($"P{i}", Long(300), 100, -100, 999, 999, Rag.Red))],
            [.. Enumerable.Range(1, 20).Select(i => new RiskViewBuilder().WithId($"R-{i}").WithTitle(Long(300)).WithOwner(Long(300)).Build())],
            scope: Long(300)) with { Attention = LargeAttention() });
        yield return ("digest now with attention", Digest([new DigestProjectLine("WEB", "Website relaunch", 60, null, 2, 1, Rag.Amber)], [])
            with { OnDemand = true, Attention = LargeAttention() });
    }

    /// <summary>Five of everything that needs attention (of more in all), with hostile and very long text.</summary>
    public static DigestAttention LargeAttention()
    {
        var tasks = Enumerable.Range(1, 5).Select(i => new TaskViewBuilder().WithId($"WEB-{i}").WithTitle(Hostile + Long(300)).WithBlockedReason(Long(500)).Build()).ToList();
        var risks = Enumerable.Range(1, 5).Select(i => new RiskViewBuilder().WithId($"R-{i}").WithTitle(Long(300)).Build()).ToList();
        var approvals = Enumerable.Range(1, 5).Select(i => new WaitingApproval($"A-{i}", Hostile + Long(300), i * 3)).ToList();
        var reports = Enumerable.Range(1, 5).Select(i => new DigestReportLine($"WEB-{i}", Long(100), 60, Rag.Red, Hostile + Long(500))).ToList();
        var milestones = tasks.Select(t => t with { IsMilestone = true }).ToList();
        var silent = Enumerable.Range(1, 5).Select(i => Hostile + Long(200)).ToList();
        return new DigestAttention(
            tasks, 120, tasks, 40, risks, approvals, reports, new DigestList<TaskView>(milestones, 9), new DigestList<TaskView>(milestones, 5), risks, new DigestList<string>(silent, 31));
    }

    public static ApprovalView Approval(ApprovalStatus status) => new ApprovalViewBuilder()
        .WithStatus(status)
        .WithApprover("Eve", "29:eve", true, "Fine by me")
        .WithApprover("Frank", "29:frank")
        .WithApprover("Gus", "29:gus")
        .Build();

    public static ProjectStatusView Status(IReadOnlyList<TaskView> attention, ProgressReport? report) => new(
        new ProjectSummary("WEB", "Website relaunch", "APOLLO", "Pat", new DateOnly(2026, 1, 5), new DateOnly(2026, 6, 30)),
        20, 5, 6, 3, 6, 2, 30, attention, report);

    /// <summary>Digest D-1 at Tue 3 Mar 09:00 UTC, since Mon 2 Mar 07:00 UTC (09:00 in its +2 zone) unless it is the first.</summary>
    public static DigestView Digest(
        IReadOnlyList<DigestProjectLine> projects, IReadOnlyList<RiskView> risks, int pending = 2, string scope = "project WEB", bool first = false) =>
        new("D-1", scope, first ? null : ApprovalViewBuilder.Created.AddHours(-2), ApprovalViewBuilder.Created.AddDays(1), projects, risks, pending, PlusTwo);
}
