namespace ProgramBot.Application.Abstractions;

/// <summary>Requests waiting for an approver, or asked by a requester; pending only unless said otherwise.</summary>
public sealed record ApprovalQuery(long? ApproverId = null, long? RequesterId = null, bool PendingOnly = true, int Limit = 15);
