using ProgramBot.Application.Dates;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// Writes commands back as the canonical line a user could type: ISO dates, <c>#KEY</c>
/// projects, options after the text. Parsing the result gives an equal command.
/// </summary>
public sealed class CommandFormatter : ICommandFormatter
{
    /// <inheritdoc />
    public string Format(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command switch
        {
            HelpCommand c => Line("help", c.Topic),
            ProgramNewCommand c => Line(
                "program new", c.Key.Value, FormatText.Words(c.Name),
                Option("objective", c.Objective is null ? null : FormatText.Quote(c.Objective)),
                Option("pm", c.Manager?.ToString())),
            ProgramListCommand => "program list",
            ProjectNewCommand c => Line(
                "project new", c.Key.Value, FormatText.Words(c.Name), Option("program", c.ProgramKey?.Value),
                Option("pm", c.Manager?.ToString()), Option("start", Date(c.Start)), Option("end", Date(c.End))),
            ProjectListCommand => "project list",
            ProjectStatusCommand c => Line("project status", Key(c.Project)),
            ProjectBindCommand c => Line("project bind", Key(c.Project)),
            TaskAddCommand c => Line(
                "task add", FormatText.Words(c.Title), c.Assignee?.ToString(), Option("due", Date(c.Due)),
                Option("p", PriorityWord(c.Priority)), Option("est", c.Estimate?.ToString(System.Globalization.CultureInfo.InvariantCulture)), Key(c.Project),
                c.Milestone ? TaskAddParser.MilestoneWord : null),
            TaskNewCommand => "task new",
            TaskListCommand c => Line(
                "task list", c.Assignee == MemberRef.Me ? "mine" : c.Assignee?.ToString(), Key(c.Project),
                c.Overdue ? "overdue" : null, c.Blocked ? "blocked" : null),
            TaskShowCommand c => Line("task show", c.Id.ToString()),
            TaskStartCommand c => Line("task start", c.Id.ToString()),
            TaskDoneCommand c => Line("task done", c.Id.ToString()),
            TaskBlockCommand c => Line("task block", c.Id.ToString(), FormatText.Escape(c.Reason)),
            TaskAssignCommand c => Line("task assign", c.Id.ToString(), c.Assignee.ToString()),
            TaskDueCommand c => Line("task due", c.Id.ToString(), NaturalDate.Format(c.Due)),
            TaskMilestoneCommand c => Line("task milestone", c.Id.ToString(), c.On ? null : "off"),
            TaskDependsCommand c => Line("task depends", c.Successor.ToString(), "on", c.Predecessor.ToString()),
            TaskUndependCommand c => Line("task undepend", c.Successor.ToString(), "on", c.Predecessor.ToString()),
            TaskEstimateCommand c => Line("task estimate", c.Id.ToString(), c.Days?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "off"),
            RiskAddCommand c => Line(
                "risk add", FormatText.Words(c.Title), Key(c.Project), Option("program", c.Program?.Value), Option("p", Number(c.Probability)),
                Option("i", Number(c.Impact)), Option("owner", c.Owner?.ToString()),
                Option("mitigation", c.Mitigation is null ? null : FormatText.Quote(c.Mitigation)), Option("review", Date(c.Review))),
            RiskNewCommand => "risk new",
            RiskListCommand c => Line("risk list", Key(c.Project), Option("program", c.Program?.Value), c.IncludeClosed ? "all" : null, c.TopOnly ? "top" : null),
            RiskShowCommand c => Line("risk show", c.Id.ToString()),
            RiskUpdateCommand c => Line(
                "risk update", c.Id.ToString(), Option("p", Number(c.Probability)), Option("i", Number(c.Impact)), Option("owner", c.Owner?.ToString()),
                Option("mitigation", c.Mitigation is null ? null : FormatText.Quote(c.Mitigation)), Option("review", Date(c.Review))),
            RiskCloseCommand c => Line("risk close", c.Id.ToString(), FormatText.Escape(c.Note)),
            RiskBandsCommand c => Line("risk bands", Number(c.MediumFrom), Number(c.HighFrom), Number(c.CriticalFrom), Option("escalate", Number(c.EscalationThreshold))),
            ProgressCommand c => Line(
                "progress", Key(c.Project), c.Task?.ToString(), c.Percent is { } p ? Number(p) + "%" : null,
                Option("rag", c.Rag?.ToString().ToLowerInvariant()), c.Note is null ? null : FormatText.Escape(c.Note)),
            CancelCommand => "cancel",
            DigestSubscribeCommand c => Line("digest subscribe", Key(c.Project), Option("program", c.Program?.Value), string.Join(' ', c.ScheduleWords.Select(w => w.Contains(' ', StringComparison.Ordinal) ? FormatText.Quote(w) : w)), c.WithoutStakeholders ? DigestVerbParser.NoStakeholders : null),
            DigestListCommand => "digest list",
            DigestNowCommand c => Line("digest now", Key(c.Project), Option("program", c.Program?.Value)),
            DigestUnsubscribeCommand c => "digest unsubscribe D-" + Number(c.Number),
            WorkspaceAdminsCommand => "workspace admins",
            WorkspaceAdminCommand c => Line("workspace admin", c.Member.ToString(), c.On ? null : "off"),
            ApprovalNewCommand => "approval new",
            ApprovalsListCommand c => c.Mine ? "approvals mine" : "approvals",
            ApprovalShowCommand c => Line("approval show", c.Id.ToString()),
            ApprovalRequestCommand c => Line(
                "approval request", KindWord(c.Kind), FormatText.Words(c.Subject), Key(c.Project),
                Option("approvers", string.Join(',', c.Approvers.Select(a => a.ToString()))), Option("policy", c.Policy == ApprovalPolicy.All ? "all" : null),
                Option("due", Date(c.Due))),
            _ => throw new ArgumentException($"No format for {command.GetType().Name}.", nameof(command)),
        };
    }

    private static string Line(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string? Option(string key, string? value) => value is null ? null : $"{key}:{value}";

    private static string? Number(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date is { } d ? NaturalDate.Format(d) : null;

    private static string? Key(EntityKey? key) => key is { } k ? "#" + k.Value : null;

    private static string KindWord(ApprovalKind kind) => kind switch
    {
        ApprovalKind.Scope => "scope",
        ApprovalKind.Schedule => "schedule",
        ApprovalKind.Budget => "budget",
        ApprovalKind.RiskAcceptance => "risk",
        ApprovalKind.MilestoneGate => "milestone",
        _ => "other",
    };

    private static string? PriorityWord(Priority? priority) => priority switch
    {
        Priority.Low => "low",
        Priority.Medium => "medium",
        Priority.High => "high",
        Priority.Critical => "critical",
        _ => null,
    };
}
