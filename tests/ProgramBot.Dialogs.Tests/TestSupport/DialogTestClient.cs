using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ProgramBot.Dialogs.Tests.TestSupport;

/// <summary>
/// Drives a root dialog through the SDK's <see cref="TestAdapter"/> and a <see cref="DialogRunner"/>
/// over <see cref="PrivateConversationState"/>, so tests read like transcripts: who says what, what
/// the bot answers. The turn handler is the one a host writes: "help" describes the waiting
/// question, otherwise continue the stack or start the root dialog.
/// </summary>
internal sealed class DialogTestClient
{
    private readonly string rootDialogId;

    public DialogTestClient(Dialog root, DialogRunnerOptions? options = null, IStorage? storage = null, FakeTimeProvider? time = null, string conversationId = "conv-1")
    {
        rootDialogId = root.Id;
        Storage = storage ?? NewStorage();
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Options = options ?? new DialogRunnerOptions();
        Runner = new DialogRunner(new PrivateConversationState(Storage), new DialogSet().Add(root), Time, Options);
        Adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId));
    }

    public IStorage Storage { get; }

    public FakeTimeProvider Time { get; }

    public DialogRunnerOptions Options { get; }

    public DialogRunner Runner { get; }

    public TestAdapter Adapter { get; }

    /// <summary>Every turn's final status and result, with the sender.</summary>
    public List<(string User, DialogTurnResult Result)> Results { get; } = [];

    /// <summary>How often the turn body ran (retries included).</summary>
    public int TurnRuns { get; private set; }

    /// <summary>Runs before the dialogs on each attempt of a turn.</summary>
    public Func<ITurnContext, Task>? BeforeDialogs { get; set; }

    /// <summary>Plain JSON without type names, like production storage: reads come back as JObject.</summary>
    public static IStorage NewStorage() =>
        new MemoryStorage(JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None }));

    public async Task<IReadOnlyList<string>> SayAsync(string text, string user = "alice") =>
        [.. (await SendAsync(new Activity { Type = ActivityTypes.Message, Text = text }, user)).Select(a => a.Text)];

    public async Task<IReadOnlyList<string>> SubmitAsync(object value, string user = "alice") =>
        [.. (await SendAsync(new Activity { Type = ActivityTypes.Message, Value = JObject.FromObject(value) }, user)).Select(a => a.Text)];

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, string user = "alice")
    {
        activity.From ??= new ChannelAccount(user, char.ToUpperInvariant(user[0]) + user[1..]);
        await Adapter.ProcessActivityAsync(activity, TurnAsync, CancellationToken.None);
        var replies = new List<Activity>();
        while (Adapter.ActiveQueue.Count > 0)
        {
            replies.Add(Adapter.ActiveQueue.Dequeue());
        }

        return replies;
    }

    public object? LastResultOf(string user) => Results.Last(r => r.User == user).Result.Result;

    public Task TurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // The test adapter numbers activities from 0 in each instance: two clients on one storage would look like one
        // activity delivered twice. A channel's ids are unique; so are these (a test may set its own in BeforeDialogs).
        turnContext.Activity.Id = Guid.NewGuid().ToString("N");
        return Runner.RunTurnAsync(turnContext, async (dc, ct) =>
        {
            TurnRuns++;
            if (BeforeDialogs is not null)
            {
                await BeforeDialogs(turnContext);
            }

            if (turnContext.Activity.Text?.Trim() == "help" && DialogRunner.HasActiveDialog(dc))
            {
                await turnContext.SendActivityAsync(dc.DescribeActiveQuestion() ?? "Nothing to explain.", cancellationToken: ct);
                return;
            }

            var result = await dc.ContinueDialogAsync(ct);
            if (result.Status == DialogTurnStatus.Empty)
            {
                result = await dc.BeginDialogAsync(rootDialogId, null, ct);
            }

            Results.Add((turnContext.Activity.From.Id, result));
        }, cancellationToken);
    }
}
