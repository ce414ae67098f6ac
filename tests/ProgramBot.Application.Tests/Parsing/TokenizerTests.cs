using ProgramBot.Application.Commands.Parsing;

namespace ProgramBot.Application.Tests.Parsing;

public class TokenizerTests
{
    [Fact]
    public void Tokenize_SplitsOnWhitespace_WhenTextIsPlain()
    {
        var tokens = Tokenizer.Tokenize("  task\tadd \n Fix   login ");

        Assert.Equal(["task", "add", "Fix", "login"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(TokenKind.Word, t.Kind));
    }

    [Theory]
    [InlineData("\"Fix  the login\"", "Fix the login")]
    [InlineData("\u201CFix the login\u201D", "Fix the login")]
    [InlineData("\"\"", "")]
    public void Tokenize_KeepsQuotedTextAsOneToken_WhenQuotesBalance(string text, string expected)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));

        Assert.Equal(TokenKind.Quoted, token.Kind);
        Assert.Equal(expected, token.Text);
    }

    [Fact]
    public void Tokenize_ReadsAWord_WhenQuoteIsUnbalanced()
    {
        var tokens = Tokenizer.Tokenize("\"Fix login");

        Assert.Equal(["\"Fix", "login"], tokens.Select(t => t.Text));
    }

    [Theory]
    [InlineData("<at>Alice Smith</at>", "Alice Smith")]
    [InlineData("<AT>Alice   Smith</AT>", "Alice Smith")]
    [InlineData("<at>R&amp;D Team</at>", "R&D Team")]
    public void Tokenize_ReadsTeamsMentionAsOneToken_WhenTagsBalance(string text, string name)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));

        Assert.Equal(TokenKind.Mention, token.Kind);
        Assert.Equal(name, token.Text);
    }

    [Fact]
    public void Tokenize_ReadsWords_WhenMentionTagIsUnclosed()
    {
        var tokens = Tokenizer.Tokenize("<at>Alice Smith");

        Assert.Equal([TokenKind.Word, TokenKind.Word], tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData("<@U123>", "U123")]
    [InlineData("<@U123|alice>", "U123")]
    public void Tokenize_ReadsSlackMention_WhenWrittenWithOrWithoutLabel(string text, string id)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));

        Assert.Equal(TokenKind.SlackMention, token.Kind);
        Assert.Equal(id, token.Text);
    }

    [Theory]
    [InlineData("due:fri", "due", "fri", TokenKind.Word)]
    [InlineData("DUE:fri", "due", "fri", TokenKind.Word)]
    [InlineData("objective:\"Grow sales\"", "objective", "Grow sales", TokenKind.Quoted)]
    [InlineData("pm:<at>Alice Smith</at>", "pm", "Alice Smith", TokenKind.Mention)]
    [InlineData("pm:<@U9|al>", "pm", "U9", TokenKind.SlackMention)]
    [InlineData("due:", "due", "", TokenKind.Word)]
    public void Tokenize_ReadsKnownOption_WithKeyAndValue(string text, string key, string value, TokenKind valueKind)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));

        Assert.Equal(TokenKind.Option, token.Kind);
        Assert.Equal(key, token.Key);
        Assert.Equal(value, token.Text);
        Assert.Equal(valueKind, token.ValueKind);
    }

    [Theory]
    [InlineData("Fix:")]
    [InlineData("http://example.com")]
    [InlineData("note:x")]
    public void Tokenize_KeepsWord_WhenKeyIsNotAnOption(string text)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));

        Assert.Equal(TokenKind.Word, token.Kind);
        Assert.Equal(text, token.Text);
    }

    [Theory]
    [InlineData("R&amp;D", "R&D")]
    [InlineData("a&lt;b&gt;c", "a<b>c")]
    [InlineData("it&#39;s", "it's")]
    [InlineData("&amp;lt;", "&lt;")]
    public void Tokenize_DecodesHtmlEntitiesOnce_InPlainWords(string text, string expected)
    {
        var token = Assert.Single(Tokenizer.Tokenize(text));

        Assert.Equal(expected, token.Text);
    }

    [Fact]
    public void Tokenize_TreatsNbspAsSpace_WhenTeamsSendsIt()
    {
        var tokens = Tokenizer.Tokenize("task&nbsp;list\u00A0mine");

        Assert.Equal(["task", "list", "mine"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Tokenize_ReadsQuotes_WhenTeamsEscapesThem()
    {
        var token = Assert.Single(Tokenizer.Tokenize("due:&quot;in 3 days&quot;"));

        Assert.Equal("in 3 days", token.Text);
        Assert.Equal(TokenKind.Quoted, token.ValueKind);
    }

    [Fact]
    public void Tokenize_KeepsEscapedMentionAsText_WhenUserTypedTheTag()
    {
        var tokens = Tokenizer.Tokenize("&lt;at&gt;Bob&lt;/at&gt;");

        var token = Assert.Single(tokens);
        Assert.Equal(TokenKind.Word, token.Kind);
        Assert.Equal("<at>Bob</at>", token.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\r\n ")]
    public void Tokenize_ReturnsNoTokens_WhenTextIsBlank(string? text)
    {
        Assert.Empty(Tokenizer.Tokenize(text));
    }
}
