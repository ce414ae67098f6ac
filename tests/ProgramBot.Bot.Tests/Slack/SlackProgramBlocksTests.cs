using ProgramBot.Bot.Channels.Slack.Blocks;
using ProgramBot.Bot.Tests.Cards;

namespace ProgramBot.Bot.Tests.Slack;

public sealed class SlackProgramBlocksTests
{
    [Theory]
    [InlineData("*WEB* Website: red")]
    [InlineData("*API* Backend: amber")]
    [InlineData("by override until")]
    [InlineData("budget 60,000 of 120,000 EUR used")]
    [InlineData("*Slips across projects*")]
    [InlineData("*Lessons learned*")]
    [InlineData("*Critical chain:* API-1 Endpoint")]
    public void Render_ShowsWhatTheTeamsCardShows(string expected)
    {
        var ordinary = ProgramStatusSamples.All().First(s => s.Name == "ordinary").View;

        var blocks = SlackProgramBlocks.Render(ordinary).ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Contains(expected, blocks, StringComparison.Ordinal);
    }
}
