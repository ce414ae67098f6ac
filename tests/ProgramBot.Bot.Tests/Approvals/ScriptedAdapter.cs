using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ProgramBot.Bot.Tests.Approvals;

/// <summary>
/// A channel for the deciding turn and the continuations it opens in each copy's conversation: it keeps
/// the updates and posts that went through, and fails or answers without an id where a test says so.
/// </summary>
public sealed class ScriptedAdapter : BotAdapter
{
    private readonly ConcurrentQueue<(string ConversationId, string ActivityId)> _updates = new();
    private readonly ConcurrentQueue<(string ConversationId, string? Text)> _posts = new();

    /// <summary>Updates of these messages throw the given exception.</summary>
    public Dictionary<string, Exception> FailingUpdates { get; } = [];

    /// <summary>Updates of these messages answer with no id (how the Slack adapter reports a failed <c>chat.update</c>).</summary>
    public HashSet<string> UpdatesWithoutId { get; } = [];

    /// <summary>When set, every post throws it.</summary>
    public Exception? FailingPosts { get; set; }

    public IReadOnlyList<(string ConversationId, string ActivityId)> Updates => [.. _updates];

    public IReadOnlyList<(string ConversationId, string? Text)> Posts => [.. _posts];

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (FailingPosts is { } failure)
        {
            throw failure;
        }

        foreach (var activity in activities)
        {
            _posts.Enqueue((activity.Conversation.Id, activity.Text));
        }

        return Task.FromResult(activities.Select((_, i) => new ResourceResponse($"post-{_posts.Count + i}")).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (FailingUpdates.TryGetValue(activity.Id, out var failure))
        {
            throw failure;
        }

        if (UpdatesWithoutId.Contains(activity.Id))
        {
            return Task.FromResult(new ResourceResponse());
        }

        _updates.Enqueue((activity.Conversation.Id, activity.Id));
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override async Task ContinueConversationAsync(
        ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        using var context = new TurnContext(this, reference.GetContinuationActivity());
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) => Task.CompletedTask;
}
