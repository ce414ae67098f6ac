using ProgramBot.Bot.Channels.Teams.Cards;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class CardTextTests
{
    [Fact]
    public void Escape_ShowsEmphasisAndLinksLiterally_WhenTitleIsHostile()
    {
        Assert.Equal(@"\*bold\* \[x\](http://evil)", CardText.Escape("*bold* [x](http://evil)"));
    }

    [Fact]
    public void Escape_EscapesCodeUnderscoreTildeAndAngleBrackets()
    {
        Assert.Equal(@"\`a\` \_b\_ \~c\~ \<at\>d\</at\> e\|f", CardText.Escape("`a` _b_ ~c~ <at>d</at> e|f"));
    }

    [Fact]
    public void Escape_EscapesTheBackslashItself()
    {
        Assert.Equal(@"a\\\*", CardText.Escape(@"a\*"));
    }

    [Fact]
    public void Escape_EscapesListAndHeadingMarkers_WhenTheyOpenALine()
    {
        Assert.Equal("\\- a\n\\+ b\n  12\\. c\n\\# d\n3\\) e", CardText.Escape("- a\n+ b\n  12. c\n# d\n3) e"));
    }

    [Fact]
    public void Escape_LeavesDashesAndNumbersAlone_WhenInsideALine()
    {
        Assert.Equal("v2.1 - done in 3. week # ok", CardText.Escape("v2.1 - done in 3. week # ok"));
    }

    [Fact]
    public void Escape_ReturnsEmpty_WhenTextIsNull()
    {
        Assert.Equal(string.Empty, CardText.Escape(null));
    }

    [Fact]
    public void Escape_CutsBeforeEscaping_WhenGivenALimit()
    {
        var escaped = CardText.Escape(new string('*', 600), 500);

        Assert.Equal(499 * 2 + 1, escaped.Length);
        Assert.EndsWith("…", escaped, StringComparison.Ordinal);
    }

    [Fact]
    public void Cut_KeepsText_WhenShortEnough()
    {
        Assert.Equal("short", CardText.Cut("  short ", 10));
    }

    [Fact]
    public void Cut_EndsWithEllipsisAtTheLimit_WhenTextIsLonger()
    {
        var cut = CardText.Cut(new string('a', 300), 200);

        Assert.Equal(200, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Cut_DoesNotSplitASurrogatePair_WhenTheLimitFallsInsideOne()
    {
        var cut = CardText.Cut("a" + string.Concat(Enumerable.Repeat("😀", 10)), 5);

        Assert.Equal("a😀…", cut);
    }
}
