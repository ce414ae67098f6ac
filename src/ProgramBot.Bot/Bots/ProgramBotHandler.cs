using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams;

namespace ProgramBot.Bot.Bots;

/// <summary>
/// Routes Teams (and Bot Framework) activities: messages go to the conversation service, an
/// install is greeted. The work happens in the use cases; this class only translates.
/// </summary>
public sealed class ProgramBotHandler(ConversationService conversations, WelcomeService welcome) : TeamsActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var message = TeamsMessageMapper.Map(turnContext.Activity);
        var view = await conversations.HandleMessageAsync(message, cancellationToken);
        await ReplyAsync(turnContext, view, cancellationToken);
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

    private static async Task ReplyAsync(ITurnContext turnContext, View view, CancellationToken cancellationToken)
    {
        if (TeamsReplyFactory.Create(view) is { } reply)
        {
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }
    }
}
