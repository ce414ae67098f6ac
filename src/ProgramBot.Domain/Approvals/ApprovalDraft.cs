namespace ProgramBot.Domain.Approvals;

/// <summary>What a new approval request is made of.</summary>
public sealed record ApprovalDraft(
    ApprovalKind Kind, string? Subject, long? ProjectId, long RequesterId, IReadOnlyList<long> ApproverIds,
    ApprovalPolicy Policy, DateOnly? DueDate, int? RiskNumber = null);
