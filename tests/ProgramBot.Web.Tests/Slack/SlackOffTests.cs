using System.Net;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>Without a signing secret the Slack endpoints answer nothing, signed or not.</summary>
public sealed class SlackOffTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Theory]
    [InlineData("/api/slack/commands")]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/interactions")]
    public async Task SlackEndpoints_Answer404_WhenSlackIsNotConfigured(string path)
    {
        using var content = new StringContent("team_id=T0001&text=help");

        using var response = await fixture.Host.Client.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
