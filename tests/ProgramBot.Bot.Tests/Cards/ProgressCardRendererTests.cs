using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class ProgressCardRendererTests
{
    [Theory]
    [InlineData(Rag.Red, "red 🔴", "attention")]
    [InlineData(Rag.Amber, "amber 🟠", "warning")]
    [InlineData(Rag.Green, "green 🟢", "good")]
    public void Render_ShowsPercentAndRagInItsColour(Rag rag, string word, string color)
    {
        var card = ProgressCardRenderer.Render(new ProgressView("WEB", "Ann", 60, rag, "why", null, null, null));

        Assert.Contains("60% complete", CardJson.Texts(card));
        Assert.Equal(color, (string)CardJson.TextBlockContaining(card, word)!["color"]!);
    }

    [Fact]
    public void Render_ShowsTargetReporterAndEachNote()
    {
        var card = ProgressCardRenderer.Render(new ProgressView("WEB-42", "Ann", 60, Rag.Red, "vendor", "pages", "tests", "legal"));

        Assert.Contains("Progress · WEB-42", CardJson.Texts(card));
        Assert.Contains("by Ann", CardJson.Texts(card));
        Assert.Contains("**Why:** vendor", CardJson.Texts(card));
        Assert.Contains("**Done:** pages", CardJson.Texts(card));
        Assert.Contains("**Next:** tests", CardJson.Texts(card));
        Assert.Contains("**Blockers:** legal", CardJson.Texts(card));
    }

    [Fact]
    public void Render_LeavesOutMissingNotes()
    {
        var card = ProgressCardRenderer.Render(new ProgressView("WEB", "Ann", 0, null, null, null, null, " "));

        Assert.Contains("no RAG", CardJson.Texts(card));
        Assert.DoesNotContain(CardJson.Texts(card), t => t.StartsWith("**", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ShowsHostileNotesLiterally()
    {
        var card = ProgressCardRenderer.Render(new ProgressView("WEB", "Ann", 10, null, null, "*all* [done](x)", null, null));

        Assert.Contains(@"**Done:** \*all\* \[done\](x)", CardJson.Texts(card));
    }
}
