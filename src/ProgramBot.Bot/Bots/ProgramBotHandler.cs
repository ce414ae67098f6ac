using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using Newtonsoft.Json.Linq;
using ProgramBot.Bot.Channels;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Bot.Channels.Teams;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Dialogs;
using ProgramBot.Dialogs;

namespace ProgramBot.Bot.Bots;

/// <summary>
/// Routes Teams, Slack (through the Slack adapter) and other Bot Framework activities: messages go through the dialog runner to the
/// chat router, an install is greeted. The work happens in the use cases; this class only translates.
/// </summary>
public sealed class ProgramBotHandler(DialogRunner runner, ChatRouter router, CardActionRouter cards, WelcomeService welcome, TurnGate gate) : TeamsActivityHandler
{
    /// <summary>Each message is one dialog turn: state is saved before any reply leaves.</summary>
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var message = TeamsMessageMapper.Map(turnContext.Activity);
        using var pass = await gate.EnterAsync($"{turnContext.Activity.ChannelId}/{message.ConversationId}/{message.ChannelUserId}", cancellationToken);
        await runner.RunTurnAsync(turnContext, (dc, ct) => router.RouteAsync(dc, message, ct), cancellationToken);
    }

    /// <summary>
    /// A Universal Action (<c>Action.Execute</c>) from a card: answered with the updated card, or
    /// with a message that says why nothing changed — never an error status.
    /// </summary>
    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invokeValue);
        // Data that is not an object (a forged string, number or array) carries no verb or id: the router says so.
        var data = invokeValue.Action?.Data switch
        {
            JObject json => json,
            JToken or IConvertible or null => null,
            var other => JObject.FromObject(other),
        };
        var result = await cards.HandleAsync(turnContext, invokeValue.Action?.Verb, data, cancellationToken);
        if (ChannelReplies.IsSlack(turnContext.Activity.ChannelId))
        {
            // Slack has no invoke response: the clicked message is updated, or the clicker told why not.
            await SlackCardAnswers.SendAsync(turnContext, result, cancellationToken);
            return new AdaptiveCardInvokeResponse { StatusCode = 200 };
        }

        return result.Card is { } card
            ? new AdaptiveCardInvokeResponse { StatusCode = 200, Type = CardAttachment.ContentType, Value = JObject.Parse(card.ToJsonString()) }
            : new AdaptiveCardInvokeResponse { StatusCode = 200, Type = "application/vnd.microsoft.activity.message", Value = result.Message };
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
