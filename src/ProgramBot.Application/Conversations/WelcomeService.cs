using ProgramBot.Application.Views;

namespace ProgramBot.Application.Conversations;

/// <summary>
/// Greets a team, chat or person once when the bot is installed there. Teams announces an install
/// both as installationUpdate and as conversationUpdate, so the greeting claims a key per
/// conversation and day, and the second announcement stays silent.
/// </summary>
public sealed class WelcomeService(DeliveryClaims claims, TimeProvider clock)
{
    public static IReadOnlyList<string> FirstCommands { get; } =
    [
        "project new WEB Website relaunch",
        "task add Write spec @alice due:fri #WEB",
        "task list #WEB",
        "help",
    ];

    public async Task<View> GreetAsync(string workspaceExternalId, string conversationId, CancellationToken cancellationToken) =>
        await claims.TryClaimAsync(workspaceExternalId, $"welcome:{conversationId}:{clock.GetUtcNow():yyyy-MM-dd}", cancellationToken)
            ? new WelcomeView(FirstCommands)
            : SilentView.Instance;
}
