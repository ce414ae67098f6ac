namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Requests waiting for an approver, or asked by a requester; pending only unless said otherwise;
/// newest first unless <see cref="OldestFirst"/>. <see cref="ProjectIds"/> keeps the requests about
/// those projects (a digest's scope).
/// </summary>
public sealed record ApprovalQuery(
    long? ApproverId = null, long? RequesterId = null, bool PendingOnly = true, int Limit = 15, IReadOnlyList<long>? ProjectIds = null, bool OldestFirst = false);
