using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ProgramBot.Bench.Servers;

/// <summary>The SDK's echo bot: the cheapest turn the Bot Framework can do.</summary>
internal sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);
    }
}
