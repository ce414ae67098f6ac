using System.Runtime.CompilerServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using ProgramBot.Application.Approvals;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Dialogs;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Bot.Approvals;

/// <summary>
/// Records where each approval card went. It watches the turn's sends from inside the
/// commit-then-send outbox, so it sees the ids the channel gave the cards once they really left.
/// Replies buffered for <c>expectReplies</c> get no id and cannot be updated later.
/// </summary>
public sealed class ApprovalCardTracker(ApprovalQueryHandler approvals)
{
    private const string Key = "ProgramBot.ApprovalCards";

    /// <summary>Call at the start of a turn, after the dialog runner has set up its outbox.</summary>
    public void Watch(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cards = new ConditionalWeakTable<Activity, ApprovalView>();
        turnContext.TurnState[Key] = cards;
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            var responses = await next();
            for (var i = 0; i < activities.Count && i < responses.Length; i++)
            {
                if (cards.TryGetValue(activities[i], out var view) && !string.IsNullOrEmpty(responses[i]?.Id))
                {
                    var message = PostedMessages.From(activities[i], responses[i].Id);
                    await approvals.RecordMessageAsync(context.GetCommandContext(), ApprovalId.Parse(view.Id).Value, message, view.Version, CancellationToken.None);
                }
            }

            return responses;
        });
    }

    /// <summary>Marks an outgoing activity as the card of <paramref name="approval"/>, as that view shows it.</summary>
    public static void Mark(ITurnContext turnContext, Activity activity, ApprovalView approval)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<ConditionalWeakTable<Activity, ApprovalView>>(Key) is { } cards)
        {
            cards.AddOrUpdate(activity, approval);
        }
    }
}
