using ProgramBot.Domain.Approvals;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>An approvals row as Dapper reads it.</summary>
internal sealed class ApprovalRow
{
    public long WorkspaceId { get; set; }

    public int Number { get; set; }

    public ApprovalKind Kind { get; set; }

    public string Subject { get; set; } = string.Empty;

    public long? ProjectId { get; set; }

    public long RequesterId { get; set; }

    public ApprovalPolicy Policy { get; set; }

    public ApprovalStatus Status { get; set; }

    public DateOnly? DueDate { get; set; }

    public int? RiskNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The count of every matching row, when the query selects it as a window count.</summary>
    public long Total { get; set; }

    public ApprovalRequest ToDomain(IEnumerable<ApproverRow> approvers)
    {
        var ordered = approvers.OrderBy(a => a.Position).ToList();
        var template = new ApprovalRequest
        {
            WorkspaceId = WorkspaceId, Id = new ApprovalId(Number), Kind = Kind, Subject = Subject, ProjectId = ProjectId,
            RequesterId = RequesterId, ApproverIds = [.. ordered.Select(a => a.MemberId)], Policy = Policy, DueDate = DueDate,
            RiskNumber = RiskNumber, CreatedAt = CreatedAt,
            Decisions = [.. ordered.Where(a => a.Decision is not null).OrderBy(a => a.DecidedAt)
                .Select(a => new ApprovalDecision(a.MemberId, a.Decision == 1, a.Comment, a.DecidedAt!.Value))],
        };
        return ApprovalRequest.Restore(template, Status);
    }
}
