using ProgramBot.Bot.Channels.Slack.Blocks;
using ProgramBot.Bot.Tests.Cards;

namespace ProgramBot.Bot.Tests.Slack;

public sealed class SlackDigestBlocksTests
{
    [Theory]
    [InlineData("Milestones in the next 14 days (9)")]
    [InlineData("Missed milestones (5)")]
    [InlineData("Overdue (120)")]
    [InlineData("Blocked (40)")]
    [InlineData("Risks escalated since the last digest")]
    [InlineData("No progress report in the period (31)")]
    [InlineData("Waiting longest for a decision")]
    public void Render_ShowsEverySectionTheTeamsCardShows(string heading)
    {
        var view = CardSamples.Digest([], []) with { Attention = CardSamples.LargeAttention() };

        var blocks = SlackDigestBlocks.Render(view).ToJsonString();

        Assert.Contains($"*{heading}*", blocks, StringComparison.Ordinal);
    }
}
