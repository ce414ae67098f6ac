using System.Net;
using Microsoft.Extensions.Time.Testing;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Storage;

namespace ProgramBot.Web.Tests;

/// <summary>Tests that start and stop hosts of their own: restarts and authentication.</summary>
public sealed class LifecycleTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(BotHostFixture.Start);

    [Fact]
    public async Task Task_IsStillListed_AfterRestartOnSameDatabase()
    {
        await using (var first = await BotHost.StartAsync(_database.ConnectionString, _clock))
        {
            await first.AskAsync(ActivityBuilder.Message("project new WEB Website relaunch").Build());
            await first.AskAsync(ActivityBuilder.Message("task add Survive restart #WEB").Build());
        }

        await using var second = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var listed = await second.AskAsync(ActivityBuilder.Message("task list #WEB").Build());

        Assert.Contains("WEB-1** Survive restart", listed.Single());
    }

    [Fact]
    public async Task UnauthenticatedRequest_Gets401AndCreatesNothing_WhenAppIdConfigured()
    {
        await using (var secured = await BotHost.StartAsync(_database.ConnectionString, _clock, appId: "5b0d4a1e-2f1c-4a57-9d3e-1f0a6c7e8b90"))
        {
            using var noToken = await secured.PostActivityAsync(ActivityBuilder.Message("project new WEB Website relaunch").Build());
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = JsonContent(ActivityBuilder.Message("project new API Api").Build()),
            };
            request.Headers.Authorization = new("Bearer", "not.a.jwt");
            using var badToken = await secured.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, badToken.StatusCode);
        }

        await using var open = await BotHost.StartAsync(_database.ConnectionString, _clock);
        var projects = await open.AskAsync(ActivityBuilder.Message("project list").Build());

        Assert.StartsWith("No projects yet.", projects.Single(), StringComparison.Ordinal);
    }

    public void Dispose() => _database.Dispose();

    private static StringContent JsonContent(System.Text.Json.Nodes.JsonObject body) =>
        new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
