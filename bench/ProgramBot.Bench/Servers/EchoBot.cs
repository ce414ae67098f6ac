using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ProgramBot.Bench.Servers;

/// <summary>
/// The SDK's echo bot: the cheapest turn the Bot Framework can do. A card click is answered the
/// cheapest way too: a message invoke response naming the verb.
/// </summary>
internal sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);
    }

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invokeValue);
        return Task.FromResult(new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = "application/vnd.microsoft.activity.message",
            Value = "echo: " + invokeValue.Action?.Verb,
        });
    }
}
