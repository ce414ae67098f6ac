using ProgramBot.Bot.Channels.Teams;

namespace ProgramBot.Bot.Tests.Channels;

public sealed class TeamsTextTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Fish & chips", "Fish &amp; chips")]
    [InlineData("&lt; is already an entity", "&amp;lt; is already an entity")]
    [InlineData("Robert'); DROP TABLE work_items;--", "Robert'); DROP TABLE work_items;--")]
    [InlineData("**bold** stays Markdown", "**bold** stays Markdown")]
    public void Encode_UserMarkup_BecomesEntities(string text, string expected) =>
        Assert.Equal(expected, TeamsText.Encode(text, []));

    [Fact]
    public void Encode_MentionOfTheMessagesOwnEntity_StaysATag() =>
        Assert.Equal("<at>Dana</at> please look at &lt;b&gt;", TeamsText.Encode("<at>Dana</at> please look at <b>", ["<at>Dana</at>"]));

    [Fact]
    public void Encode_MentionTagWithoutAnEntity_IsEncoded() =>
        Assert.Equal("&lt;at&gt;Eve&lt;/at&gt; approved", TeamsText.Encode("<at>Eve</at> approved", ["<at>Dana</at>"]));
}
