using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Conversations;

/// <summary>
/// Claims the delivered activity inside the change's own transaction, so a re-delivered activity
/// (Teams re-sends after a 15 s timeout) changes nothing a second time.
/// </summary>
public static class ActivityClaim
{
    public const string DuplicateCode = "activity.duplicate";

    /// <summary>Null when the change may go ahead; otherwise the duplicate error that rolls it back.</summary>
    public static async Task<Error?> ClaimAsync(IUnitOfWork uow, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(context);
        if (context.ActivityKey is null)
        {
            return null;
        }

        var claimed = await uow.ProcessedActivities.TryClaimAsync(context.WorkspaceId, context.ActivityKey, context.Now, cancellationToken);
        return claimed ? null : new Error(DuplicateCode, "This message was already handled.");
    }
}
