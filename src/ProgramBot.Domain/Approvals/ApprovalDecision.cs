namespace ProgramBot.Domain.Approvals;

/// <summary>One approver's decision.</summary>
public sealed record ApprovalDecision(long ApproverId, bool Approved, string? Comment, DateTimeOffset At);
