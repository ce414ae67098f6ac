using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Tests.Digests;
using ProgramBot.Application.Views;
using ProgramBot.Infrastructure;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Application.Tests.UseCases;

/// <summary>
/// The application's use cases over real SQLite storage on a temp file, driven with
/// channel-neutral messages: what Teams and Slack both reach after their adapters.
/// </summary>
public sealed class UseCaseHarness : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private ServiceProvider _services = null!;
    private int _nextActivity;

    /// <summary>Thursday 2026-11-26 10:00 UTC.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));

    public IDataStore Store => _services.GetRequiredService<IDataStore>();

    /// <summary>What the use cases sent on their own (slip notices).</summary>
    public RecordingMessenger Messenger { get; } = new();

    public IServiceProvider Services => _services;

    public InlineScheduler Scheduler => (InlineScheduler)_services.GetRequiredService<IScheduler>();

    /// <summary>The conversation address every message carries (none by default); set it where a test sends proactively.</summary>
    public ReplyAddress? Address { get; set; }

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:ProgramBot"] = _database.ConnectionString })
            .Build();
        _services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IProactiveMessenger>(Messenger)
            .AddSingleton<IScheduler>(provider => new InlineScheduler(provider))
            .AddProgramBotStorage(configuration)
            .AddProgramBotApplication()
            .BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    public Task<View> SendAsync(string text, Sender? sender = null, params MentionedUser[] mentions) =>
        SendAsActivityAsync(text, null, sender, mentions);

    /// <summary>Sends with a given activity key, as a re-delivered activity would carry the same one.</summary>
    public Task<View> SendAsActivityAsync(string text, string? activityKey, Sender? sender = null, params MentionedUser[] mentions)
    {
        var from = sender ?? Sender.Alice;
        var message = new IncomingMessage(
            from.Workspace, from.Conversation, from.Id, from.Name, text,
            activityKey ?? $"activity-{Interlocked.Increment(ref _nextActivity)}", from.TimeZone, mentions, Address);
        return _services.GetRequiredService<ConversationService>().HandleMessageAsync(message, CancellationToken.None);
    }

    /// <summary>The context a message from <paramref name="sender"/> would run in (a new activity), for use cases driven directly.</summary>
    public Task<CommandContext> ContextAsync(Sender sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var message = new IncomingMessage(
            sender.Workspace, sender.Conversation, sender.Id, sender.Name, string.Empty,
            $"activity-{Interlocked.Increment(ref _nextActivity)}", sender.TimeZone, [], Address);
        return _services.GetRequiredService<ConversationService>().ResolveAsync(message, CancellationToken.None);
    }

    public async Task<T> SendAsync<T>(string text, Sender? sender = null, params MentionedUser[] mentions)
        where T : View
    {
        var view = await SendAsync(text, sender, mentions);
        return Assert.IsAssignableFrom<T>(view);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }
}
