using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Conversations;

/// <summary>
/// Greets a team, chat or person once when the bot is installed there. Teams announces an install
/// both as installationUpdate and as conversationUpdate, so the greeting claims a key per
/// conversation and day, and the second announcement stays silent.
/// </summary>
public sealed class WelcomeService(IDataStore store, TimeProvider clock, IOptions<WorkspaceOptions> options)
{
    public static IReadOnlyList<string> FirstCommands { get; } =
    [
        "project new WEB Website relaunch",
        "task add Write spec @alice due:fri #WEB",
        "task list #WEB",
        "help",
    ];

    public async Task<View> GreetAsync(string workspaceExternalId, string conversationId, CancellationToken cancellationToken)
    {
        var result = await store.WriteAsync<View>(
            async (uow, ct) =>
            {
                var now = clock.GetUtcNow();
                var workspace = await uow.Workspaces.GetOrAddAsync(workspaceExternalId, options.Value.DefaultTimeZone, now, ct);
                var key = $"welcome:{conversationId}:{now:yyyy-MM-dd}";
                return await uow.ProcessedActivities.TryClaimAsync(workspace.Id, key, now, ct)
                    ? new WelcomeView(FirstCommands)
                    : new Error(ActivityClaim.DuplicateCode, "Already greeted today.");
            },
            cancellationToken);
        return result.IsSuccess ? result.Value : SilentView.Instance;
    }
}
