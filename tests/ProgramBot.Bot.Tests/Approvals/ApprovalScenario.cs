using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using ProgramBot.Application;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Approvals;
using ProgramBot.Application.Conversations;
using ProgramBot.Bot.Approvals;
using ProgramBot.Bot.Outbound;
using ProgramBot.Domain.Approvals;
using ProgramBot.Infrastructure;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Bot.Tests.Approvals;

/// <summary>
/// An approval A-1 asked by Alice of Bob, over real SQLite storage, whose card was posted twice (<see cref="First"/>
/// in Alice's channel, <see cref="Second"/> elsewhere); <see cref="DecideAsync"/> has Bob approve it, and
/// <see cref="CopyAsync"/> runs the deciding turn's copies on a <see cref="ScriptedAdapter"/>.
/// </summary>
public sealed class ApprovalScenario : IAsyncDisposable
{
    public static readonly ApprovalId A1 = new(1);
    private readonly TempDatabase _database;
    private readonly ServiceProvider _services;
    private int _activities;

    private ApprovalScenario(TempDatabase database, ServiceProvider services, Mock<IScheduler> scheduler, string channelId)
    {
        (_database, _services, Scheduler) = (database, services, scheduler);
        First = new PostedMessage(channelId, "https://smba.example/", "conv-a", "card-1", "tenant-a");
        Second = First with { ConversationId = "conv-b", ActivityId = "card-2" };
    }

    public PostedMessage First { get; }

    public PostedMessage Second { get; }

    public ScriptedAdapter Adapter { get; } = new();

    public Mock<IScheduler> Scheduler { get; }

    public long WorkspaceId { get; private set; }

    public IDataStore Store => _services.GetRequiredService<IDataStore>();

    public ApprovalCopyLedger Ledger => _services.GetRequiredService<ApprovalCopyLedger>();

    public static async Task<ApprovalScenario> StartAsync(string channelId = "msteams")
    {
        var database = new TempDatabase();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:ProgramBot"] = database.ConnectionString })
            .Build();
        var scheduler = new Mock<IScheduler>();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero)))
            .AddSingleton(Mock.Of<IProactiveMessenger>())
            .AddSingleton(scheduler.Object)
            .AddProgramBotStorage(configuration)
            .AddProgramBotApplication()
            .BuildServiceProvider();
        var scenario = new ApprovalScenario(database, services, scheduler, channelId);
        await scenario.InitializeAsync();
        return scenario;
    }

    /// <summary>Bob approves A-1; the decision is committed, the copies not touched yet.</summary>
    public async Task<ApprovalDecisionOutcome> DecideAsync() =>
        await _services.GetRequiredService<ApprovalDecisionHandler>().DecideAsync(A1, approve: true, comment: null, await ContextAsync("29:bob", "Bob"), CancellationToken.None);

    /// <summary>The deciding turn's work on the copies, within a reply budget of a few seconds.</summary>
    public async Task CopyAsync(ApprovalDecisionOutcome outcome)
    {
        var budget = new ReplyBudget(Options.Create(new OutboundOptions()), TimeProvider.System);
        var copies = new ApprovalCopies(budget, Ledger, Scheduler.Object, _services.GetRequiredService<ILogger<ApprovalCopies>>());
        var click = new Activity(ActivityTypes.Invoke) { Id = "click-1", ChannelId = First.ChannelId, ServiceUrl = First.ServiceUrl, Recipient = new ChannelAccount("28:bot", "ProgramBot") };
        using var turn = new TurnContext(Adapter, click);
        await copies.UpdateAsync(turn, WorkspaceId, outcome, CancellationToken.None);
    }

    public Task<IReadOnlyList<OutdatedApprovalCopy>> OutdatedAsync() =>
        Store.ReadAsync((uow, ct) => uow.ApprovalCopies.ListOutdatedAsync(DateTimeOffset.MaxValue, 10, ct), CancellationToken.None);

    public Task<IReadOnlyList<OpenApprovalNotice>> DueNoticesAsync() =>
        Store.ReadAsync((uow, ct) => uow.ApprovalCopies.ListDueNoticesAsync(DateTimeOffset.MaxValue, 10, ct), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    private async Task InitializeAsync()
    {
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        var conversations = _services.GetRequiredService<ConversationService>();
        await conversations.HandleMessageAsync(Message("29:bob", "Bob", "help"), CancellationToken.None);
        await conversations.HandleMessageAsync(Message("29:alice", "Alice", "project new WEB Website"), CancellationToken.None);
        await conversations.HandleMessageAsync(Message("29:alice", "Alice", "approval request budget Extra 10k #WEB approvers:@bob"), CancellationToken.None);
        var alice = await ContextAsync("29:alice", "Alice");
        WorkspaceId = alice.WorkspaceId;
        var approvals = _services.GetRequiredService<ApprovalQueryHandler>();
        await approvals.RecordMessageAsync(alice, A1, First, shownVersion: 0, CancellationToken.None);
        await approvals.RecordMessageAsync(alice, A1, Second, shownVersion: 0, CancellationToken.None);
    }

    private Task<CommandContext> ContextAsync(string id, string name) =>
        _services.GetRequiredService<ConversationService>().ResolveAsync(Message(id, name, string.Empty), CancellationToken.None);

    private IncomingMessage Message(string id, string name, string text) =>
        new("tenant-a", "conv-a", id, name, text, $"activity-{Interlocked.Increment(ref _activities)}", null, []);
}
