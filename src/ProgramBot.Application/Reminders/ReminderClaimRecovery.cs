using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Reminders;

/// <summary>
/// Closes the reminder claims that runs which died mid-send left open and that no later run may send:
/// a claim already taken over once (<see cref="ReminderOptions.MaxClaims"/>), and one that no longer
/// holds — "due tomorrow" after the member's day changed, a task done, moved or unassigned since — which
/// sent late would be wrong news. Each is completed and recorded as an abandoned attempt. A claim that
/// still holds is left for the planner, which takes it over (<see cref="ReminderJob"/>).
/// </summary>
public sealed partial class ReminderClaimRecovery(IDataStore store, ILogger<ReminderClaimRecovery> logger)
{
    public const string GaveUpOutcome = "Abandoned: the bot stopped while sending it, twice";

    public const string NoLongerTrueOutcome = "Abandoned: the bot stopped while sending it, and by the next run it no longer applied";

    /// <summary>Closes what no run may send of <paramref name="stale"/>, given the current candidates; returns how many it closed.</summary>
    public async Task<int> AbandonAsync(
        IReadOnlyList<OpenReminderClaim> stale, IReadOnlyList<ReminderCandidate> candidates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stale);
        ArgumentNullException.ThrowIfNull(candidates);
        var abandoned = 0;
        foreach (var claim in stale)
        {
            if (Outcome(claim, candidates, now) is not { } outcome)
            {
                continue;
            }

            // Completing only the claim that was read as stale: if another run took it over meanwhile, that run owns it.
            var closed = await store.WriteAsync<bool>(
                async (uow, ct) =>
                {
                    if (!await uow.Reminders.CompleteAsync(claim.Slot, claim.ClaimedAt, now, ct))
                    {
                        return false;
                    }

                    await uow.Reminders.RecordAttemptAsync(claim.Slot.WorkspaceId, claim.MemberId, $"{claim.TaskId} {claim.Slot.Kind}", outcome, now, ct);
                    return true;
                },
                cancellationToken);
            if (closed.Value)
            {
                ClaimAbandoned(logger, claim.Slot.WorkspaceId, claim.TaskId, claim.Slot.Kind, claim.Slot.DueDate, claim.Claims, outcome);
                abandoned++;
            }
        }

        return abandoned;
    }

    private static string? Outcome(OpenReminderClaim claim, IReadOnlyList<ReminderCandidate> candidates, DateTimeOffset now)
    {
        if (claim.Claims >= ReminderOptions.MaxClaims)
        {
            return GaveUpOutcome;
        }

        var task = candidates.FirstOrDefault(c => c.SlotFor(claim.Slot.Kind) == claim.Slot);
        return task is not null && ReminderPlanner.KindAt(task, now) is { } kind && ReminderKinds.Name(kind) == claim.Slot.Kind
            ? null
            : NoLongerTrueOutcome;
    }

    [LoggerMessage(1, LogLevel.Warning,
        "Reminder {Kind} of {TaskId} (workspace {WorkspaceId}, due {DueDate}) abandoned after {Claims} claim(s): {Outcome}")]
    private static partial void ClaimAbandoned(ILogger logger, long workspaceId, string taskId, string kind, DateOnly dueDate, int claims, string outcome);
}
