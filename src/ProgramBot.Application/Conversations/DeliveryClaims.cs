using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Conversations;

/// <summary>
/// Claims a delivery key once per workspace in the processed-activities table, so a channel that
/// delivers the same thing again (Teams re-announces an install) acts on it once. Slack's retries are
/// recognised earlier, by the inbox's unique key.
/// </summary>
public sealed class DeliveryClaims(IDataStore store, TimeProvider clock, IOptions<WorkspaceOptions> options)
{
    /// <summary>True the first time <paramref name="key"/> is claimed in the workspace; false ever after.</summary>
    public async Task<bool> TryClaimAsync(string workspaceExternalId, string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(workspaceExternalId);
        ArgumentException.ThrowIfNullOrEmpty(key);
        var claimed = await store.WriteAsync<bool>(
            async (uow, ct) =>
            {
                var now = clock.GetUtcNow();
                var workspace = await uow.Workspaces.GetOrAddAsync(workspaceExternalId, options.Value.DefaultTimeZone, now, ct);
                return await uow.ProcessedActivities.TryClaimAsync(workspace.Id, key, now, ct);
            },
            cancellationToken);
        return claimed.IsSuccess && claimed.Value;
    }
}
