using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Abstractions;

public interface IApprovalRepository
{
    Task<int> TakeNextNumberAsync(long workspaceId, CancellationToken cancellationToken);

    Task AddAsync(ApprovalRequest request, CancellationToken cancellationToken);

    /// <summary>The request with its approvers and the decisions so far.</summary>
    Task<ApprovalRequest?> FindAsync(long workspaceId, ApprovalId id, CancellationToken cancellationToken);

    /// <summary>
    /// Records one decision only if that approver has not decided and the request is still
    /// pending — one conditional update — and settles the request's status in the same
    /// transaction. False means someone got there first: nothing was written.
    /// </summary>
    Task<bool> RecordDecisionAsync(
        long workspaceId, ApprovalId id, ApprovalDecision decision, ApprovalStatus newStatus, CancellationToken cancellationToken);

    /// <summary>Marks a pending request expired; false when it was no longer pending.</summary>
    Task<bool> ExpireAsync(long workspaceId, ApprovalId id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Newest first (or oldest, as the query says); at most Limit rows.</summary>
    Task<IReadOnlyList<ApprovalRequest>> ListAsync(long workspaceId, ApprovalQuery query, CancellationToken cancellationToken);

    /// <summary>The first Limit rows, and how many match in all.</summary>
    Task<(IReadOnlyList<ApprovalRequest> Items, int Total)> ListWithTotalAsync(long workspaceId, ApprovalQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Remembers a chat message that shows the request at <paramref name="shownVersion"/> (see
    /// <c>ApprovalView.Version</c>), so every copy can be updated in place; one behind the request already is
    /// outdated at once.
    /// </summary>
    Task AddMessageAsync(long workspaceId, ApprovalId id, PostedMessage message, int shownVersion, CancellationToken cancellationToken);

    /// <summary>The request's copies the bot can still reach (not given up), first posted first.</summary>
    Task<IReadOnlyList<PostedMessage>> ListMessagesAsync(long workspaceId, ApprovalId id, CancellationToken cancellationToken);
}
