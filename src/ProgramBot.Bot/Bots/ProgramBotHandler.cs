using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams;
using ProgramBot.Bot.Dialogs;
using ProgramBot.Dialogs;

namespace ProgramBot.Bot.Bots;

/// <summary>
/// Routes Teams (and Bot Framework) activities: messages go through the dialog runner to the
/// chat router, an install is greeted. The work happens in the use cases; this class only translates.
/// </summary>
public sealed class ProgramBotHandler(DialogRunner runner, ChatRouter router, WelcomeService welcome) : TeamsActivityHandler
{
    /// <summary>Each message is one dialog turn: state is saved before any reply leaves.</summary>
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var message = TeamsMessageMapper.Map(turnContext.Activity);
        return runner.RunTurnAsync(turnContext, (dc, ct) => router.RouteAsync(dc, message, ct), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        if (membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id))
        {
            await GreetAsync(turnContext, cancellationToken);
        }
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        GreetAsync(turnContext, cancellationToken);

    private async Task GreetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var view = await welcome.GreetAsync(TeamsMessageMapper.WorkspaceOf(activity), activity.Conversation?.Id ?? string.Empty, cancellationToken);
        await ReplyAsync(turnContext, view, cancellationToken);
    }

    private static Task ReplyAsync(ITurnContext turnContext, View view, CancellationToken cancellationToken) =>
        Replies.SendAsync(turnContext, view, cancellationToken);
}
