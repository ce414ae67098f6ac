using System.Net;
using System.Text;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;

namespace ProgramBot.Web.Tests;

/// <summary>Replies by normal delivery go to the Bot Connector named in the activity's serviceUrl.</summary>
public sealed class DeliveryTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task Message_IsAnsweredThroughBotConnector_WhenDeliveryIsNormal()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var activity = ActivityBuilder.Message("help").WithServiceUrl(connector.BaseUri).WithId("incoming-1")
            .InConversation("a:conversation-42", "personal").Build();

        using var response = await fixture.Host.PostActivityAsync(activity);
        var sent = await connector.WaitForAsync(1);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        var reply = Assert.Single(sent);
        Assert.Equal("POST", reply.Method);
        Assert.Equal("/v3/conversations/a:conversation-42/activities/incoming-1", reply.Path);
        Assert.Contains("task add", reply.Text);
    }

    [Fact]
    public async Task BotAddedToTeam_IsGreetedOnce_WhenTeamsAnnouncesInstallTwice()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var tenant = Guid.NewGuid().ToString("N");
        var update = ActivityBuilder.ConversationUpdate().WithServiceUrl(connector.BaseUri).InTenant(tenant)
            .InConversation("19:team@thread.tacv2").WithMembersAdded(ActivityBuilder.BotId).Build();
        var install = ActivityBuilder.ConversationUpdate().WithServiceUrl(connector.BaseUri).InTenant(tenant)
            .InConversation("19:team@thread.tacv2").Set("type", "installationUpdate").Set("action", "add").Build();

        using var first = await fixture.Host.PostActivityAsync(update);
        using var second = await fixture.Host.PostActivityAsync(install);
        var sent = await connector.WaitForAsync(1);
        await Task.Delay(200);

        var welcome = Assert.Single(connector.Requests);
        Assert.Contains("Hi, I'm ProgramBot", welcome.Text);
        Assert.Contains("task add Write spec @alice due:fri #WEB", welcome.Text);
        Assert.Single(sent);
    }

    [Fact]
    public async Task UserAddedToTeam_IsNotGreetedByBot()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var update = ActivityBuilder.ConversationUpdate().WithServiceUrl(connector.BaseUri)
            .InTenant(Guid.NewGuid().ToString("N")).WithMembersAdded("29:new-person").Build();

        using var response = await fixture.Host.PostActivityAsync(update);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task MalformedJson_Gets400()
    {
        using var content = new StringContent("{\"type\": \"message\", \"text\": ", Encoding.UTF8, "application/json");

        using var response = await fixture.Host.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task HealthEndpoints_AnswerHealthy(string path)
    {
        using var response = await fixture.Host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
