namespace ProgramBot.Cli.Tests;

public class MentionRewriterTests
{
    [Fact]
    public void Rewrite_WrapsNameInAtTags_WhenWordFollowsAt()
    {
        RewrittenText result = MentionRewriter.Rewrite("task add Write spec @alice due:fri #WEB");

        Assert.Equal("task add Write spec <at>alice</at> due:fri #WEB", result.Text);
        Mention mention = Assert.Single(result.Mentions);
        Assert.Equal(new Mention("cli-user-alice", "alice", "<at>alice</at>"), mention);
    }

    [Theory]
    [InlineData("mail bob@example.com about it")]
    [InlineData("first.last@example.co.uk")]
    [InlineData("x+tag@example.com")]
    [InlineData("nothing to see here")]
    [InlineData("a lone @ sign")]
    public void Rewrite_LeavesTextAlone_WhenNoMention(string text)
    {
        RewrittenText result = MentionRewriter.Rewrite(text);

        Assert.Equal(text, result.Text);
        Assert.Empty(result.Mentions);
    }

    [Fact]
    public void Rewrite_MentionsOnlyThePerson_WhenEmailInSameLine()
    {
        RewrittenText result = MentionRewriter.Rewrite("task assign WEB-1 @bob (bob@example.com)");

        Assert.Equal("task assign WEB-1 <at>bob</at> (bob@example.com)", result.Text);
        Assert.Equal("cli-user-bob", Assert.Single(result.Mentions).Id);
    }

    [Fact]
    public void Rewrite_FindsEachMention_WhenAfterColonOrComma()
    {
        RewrittenText result = MentionRewriter.Rewrite("approval request scope X #WEB approvers:@dana,@eve owner:@carol");

        Assert.Equal("approval request scope X #WEB approvers:<at>dana</at>,<at>eve</at> owner:<at>carol</at>", result.Text);
        Assert.Equal(["dana", "eve", "carol"], result.Mentions.Select(m => m.Name));
    }

    [Fact]
    public void Rewrite_LeavesSentencePunctuationOutside_WhenMentionEndsSentence()
    {
        RewrittenText result = MentionRewriter.Rewrite("ask @jean-luc.");

        Assert.Equal("ask <at>jean-luc</at>.", result.Text);
        Assert.Equal("cli-user-jean-luc", Assert.Single(result.Mentions).Id);
    }

    [Fact]
    public void Rewrite_KeepsNameButLowercasesId_WhenNameHasCapitals()
    {
        Mention mention = Assert.Single(MentionRewriter.Rewrite("@Alice").Mentions);

        Assert.Equal("Alice", mention.Name);
        Assert.Equal("cli-user-alice", mention.Id);
    }

    [Fact]
    public void Rewrite_MentionsTheBot_WhenNameIsProgramBot()
    {
        RewrittenText result = MentionRewriter.Rewrite("@ProgramBot help");

        Assert.Equal("<at>ProgramBot</at> help", result.Text);
        Assert.Equal("programbot", Assert.Single(result.Mentions).Id);
    }
}
