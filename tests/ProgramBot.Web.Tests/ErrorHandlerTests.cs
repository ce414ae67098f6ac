using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Storage;
using ProgramBot.Web.Hosting;

namespace ProgramBot.Web.Tests;

/// <summary>A bug in a turn reaches the user as a short apology, never a stack trace or a 500.</summary>
public sealed class ErrorHandlerTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task FailingTurn_IsAnsweredWithApology()
    {
        await using var host = await BotHost.StartAsync(
            _database.ConnectionString, new FakeTimeProvider(BotHostFixture.Start), services => services.AddSingleton<IBot, ThrowingBot>());

        var replies = await host.AskAsync(ActivityBuilder.Message("task list").Build());

        var reply = Assert.Single(replies);
        Assert.Equal(AdapterWithErrorHandler.ApologyText, reply);
        Assert.DoesNotContain("Exception", reply, StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    private sealed class ThrowingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("A bug with a stack trace the user must never see.");
    }
}
