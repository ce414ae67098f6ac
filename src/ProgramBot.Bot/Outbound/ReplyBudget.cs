using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ProgramBot.Bot.Outbound;

/// <summary>
/// Gives each incoming turn its <see cref="ReplyDeadline"/> (<see cref="OutboundOptions.TurnReplyTimeout"/>),
/// so that a slow or unreachable channel never holds the user's turn. A continuation turn (a message the
/// bot starts itself) has none: its sender sets its own budget.
/// </summary>
public sealed class ReplyBudget(IOptions<OutboundOptions> options, [FromKeyedServices(OutboundOptions.ClockKey)] TimeProvider clock)
{
    private const string Key = "ProgramBot.Outbound.ReplyDeadline";

    public TimeSpan Budget => options.Value.TurnReplyTimeout;

    /// <summary>The turn's deadline, made on first use; null for a continuation turn.</summary>
    public ReplyDeadline? For(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity is { Type: ActivityTypes.Event, Name: ActivityEventNames.ContinueConversation })
        {
            return null;
        }

        if (turnContext.TurnState.Get<ReplyDeadline>(Key) is not { } deadline)
        {
            deadline = new ReplyDeadline(clock, options.Value.TurnReplyTimeout);
            turnContext.TurnState.Add(Key, deadline);
        }

        return deadline;
    }

    /// <summary>Runs <paramref name="send"/> within the turn's deadline, or as it is in a continuation turn.</summary>
    public Task<T> RunAsync<T>(ITurnContext turnContext, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        return For(turnContext) is { } deadline ? deadline.RunAsync(send, cancellationToken) : send(cancellationToken);
    }
}
