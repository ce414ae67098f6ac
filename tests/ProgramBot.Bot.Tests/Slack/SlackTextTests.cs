using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Bot.Channels.Slack.Blocks;

namespace ProgramBot.Bot.Tests.Slack;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<!channel> ping", "&lt;!channel&gt; ping")]
    [InlineData("<http://evil|click> & more", "&lt;http://evil|click&gt; &amp; more")]
    [InlineData(null, "")]
    public void Escape_MakesControlSequencesShowLiterally(string? text, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(text));
    }

    [Fact]
    public void FromMarkdown_TurnsBoldAndTeamsMentionsIntoSlackText_AndEscapes()
    {
        Assert.Equal("Created *WEB-1* for @Bob &lt;3", SlackText.FromMarkdown("Created **WEB-1** for <at>Bob</at> <3"));
    }

    [Fact]
    public void Fit_CutsAtALineBreak_WhenTheTextIsTooLong()
    {
        var text = string.Join('\n', Enumerable.Repeat(new string('x', 99), 40));

        var fitted = SlackText.Fit(text, 3000);

        Assert.True(fitted.Length <= 3000);
        Assert.EndsWith("x…", fitted, StringComparison.Ordinal);
        Assert.Equal(text, SlackText.Fit(text, text.Length));
    }

    [Fact]
    public void Fit_NeverCutsInsideAnEscape()
    {
        var text = new string('x', 2996) + "&amp;&amp;";

        Assert.Equal(new string('x', 2996) + "…", SlackText.Fit(text, 3000));
    }

    [Theory]
    [InlineData("T1:C2", "T1", "C2", null)]
    [InlineData("T1:C2:1700.01", "T1", "C2", "1700.01")]
    public void Conversation_RoundTripsItsId(string id, string team, string channel, string? thread)
    {
        var conversation = SlackConversation.Parse(id);

        Assert.Equal(new SlackConversation(team, channel, thread), conversation);
        Assert.Equal(id, conversation!.Id);
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2")]
    [InlineData("T1::C")]
    [InlineData("")]
    [InlineData(null)]
    public void Conversation_IsNull_ForAnythingElse(string? id)
    {
        Assert.Null(SlackConversation.Parse(id));
    }
}
