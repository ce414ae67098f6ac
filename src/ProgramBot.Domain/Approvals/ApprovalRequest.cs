using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.Approvals;

/// <summary>
/// A request for approval of a change, decided by its named approvers under a policy. The rules
/// live here; the database makes each decision atomic (see the repository's conditional updates).
/// </summary>
public sealed class ApprovalRequest
{
    public const int MaxSubjectLength = 300;
    public const int MaxCommentLength = 500;

    public required long WorkspaceId { get; init; }

    public required ApprovalId Id { get; init; }

    public required ApprovalKind Kind { get; init; }

    public required string Subject { get; init; }

    public long? ProjectId { get; init; }

    public required long RequesterId { get; init; }

    public required IReadOnlyList<long> ApproverIds { get; init; }

    public ApprovalPolicy Policy { get; init; }

    public ApprovalStatus Status { get; private set; }

    public DateOnly? DueDate { get; init; }

    public int? RiskNumber { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public List<ApprovalDecision> Decisions { get; init; } = [];

    public static Result<ApprovalRequest> Create(ApprovalDraft draft, long workspaceId, ApprovalId id, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var subject = (draft.Subject ?? string.Empty).Trim();
        if (subject.Length == 0 || subject.Length > MaxSubjectLength || subject.Any(char.IsControl))
        {
            return new Error("approval.subject", $"Say what needs approving in one line of at most {MaxSubjectLength} characters.");
        }

        if (draft.ApproverIds.Count == 0)
        {
            return new Error("approval.approvers", "Name at least one approver, like approvers:@dana,@eve.");
        }

        if (draft.DueDate is { } due && due < today)
        {
            return new Error("approval.due", $"The due date {due:yyyy-MM-dd} is in the past.");
        }

        return new ApprovalRequest
        {
            WorkspaceId = workspaceId, Id = id, Kind = draft.Kind, Subject = subject, ProjectId = draft.ProjectId,
            RequesterId = draft.RequesterId, ApproverIds = [.. draft.ApproverIds.Distinct()], Policy = draft.Policy,
            DueDate = draft.DueDate, RiskNumber = draft.RiskNumber, CreatedAt = now,
        };
    }

    /// <summary>Rebuilds a request from storage.</summary>
    public static ApprovalRequest Restore(ApprovalRequest template, ApprovalStatus status)
    {
        ArgumentNullException.ThrowIfNull(template);
        template.Status = status;
        return template;
    }

    public bool IsExpired(DateOnly today) => Status == ApprovalStatus.Pending && DueDate is { } due && due < today;

    public IEnumerable<long> PendingApproverIds =>
        Status == ApprovalStatus.Pending ? ApproverIds.Where(a => Decisions.All(d => d.ApproverId != a)) : [];

    /// <summary>
    /// Applies one approver's decision and returns the status it leads to. Refuses anyone who is
    /// not an approver, a second decision by the same approver, a request no longer pending, and
    /// a rejection without a comment.
    /// </summary>
    public Result<ApprovalStatus> Decide(long approverId, bool approve, string? comment, DateOnly today, DateTimeOffset now)
    {
        if (!ApproverIds.Contains(approverId))
        {
            return new Error("approval.not_approver", $"Only the approvers of {Id} can decide it.");
        }

        if (Status != ApprovalStatus.Pending || IsExpired(today) || Decisions.Any(d => d.ApproverId == approverId))
        {
            return new Error("approval.decided", $"{Id} is already decided.");
        }

        var note = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!approve && note is null)
        {
            return new Error("approval.comment", "Add a comment to say why you reject it.");
        }

        if (note is { Length: > MaxCommentLength })
        {
            return new Error("approval.comment", $"Keep the comment to {MaxCommentLength} characters.");
        }

        Decisions.Add(new ApprovalDecision(approverId, approve, note, now));
        Status = !approve ? ApprovalStatus.Rejected
            : Policy == ApprovalPolicy.Any || ApproverIds.All(a => Decisions.Any(d => d.ApproverId == a && d.Approved)) ? ApprovalStatus.Approved
            : ApprovalStatus.Pending;
        return Status;
    }

    public void Expire() => Status = Status == ApprovalStatus.Pending ? ApprovalStatus.Expired : Status;
}
