namespace ProgramBot.Application.Abstractions;

/// <summary>Remembers which delivered activities already changed something.</summary>
public interface IProcessedActivityRepository
{
    /// <summary>
    /// Records the activity key inside the current transaction. Returns false when it was
    /// recorded before: the same activity was delivered again and must change nothing.
    /// </summary>
    Task<bool> TryClaimAsync(long workspaceId, string activityKey, DateTimeOffset now, CancellationToken cancellationToken);
}
