using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Tests.Cards.Builders;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class RiskCardRendererTests
{
    [Theory]
    [InlineData(RiskBand.Critical, "critical 🔴", "attention")]
    [InlineData(RiskBand.High, "high 🟠", "attention")]
    [InlineData(RiskBand.Medium, "medium 🟡", "warning")]
    [InlineData(RiskBand.Low, "low 🟢", "good")]
    public void Render_ShowsTheScoreInItsBandColour(RiskBand band, string word, string color)
    {
        var card = Render(new RiskViewBuilder().WithScore(3, 4, band).Build());

        var score = CardJson.TextBlockContaining(card, "Score 12")!;
        Assert.Equal($"Score 12 — {word} (p3×i4)", (string)score["text"]!);
        Assert.Equal(color, (string)score["color"]!);
    }

    [Fact]
    public void Render_ShowsTitleFactsMitigationAndReview()
    {
        var card = Render(new RiskViewBuilder().Build());

        Assert.Contains("Vendor may slip", CardJson.Texts(card));
        Assert.Contains("Logged · R-7", CardJson.Texts(card));
        Assert.Contains("**Mitigation:** Second vendor on standby", CardJson.Texts(card));
        var facts = CardJson.Facts(card);
        Assert.Equal("WEB", facts["Scope"]);
        Assert.Equal("@Bob", facts["Owner"]);
        Assert.Equal("open", facts["Status"]);
        Assert.Equal("Wed 2026-04-01", facts["Review"]);
        Assert.Empty(CardJson.Actions(card));
    }

    [Fact]
    public void Render_ShowsTheEscalationLine_WhenEscalated()
    {
        var card = Render(new RiskViewBuilder().Build(), new EscalationNotice("Mia", "29:mia", "program manager"));

        var line = CardJson.TextBlockContaining(card, "Escalated to")!;
        Assert.Equal("Escalated to Mia (program manager): the score reached the escalation threshold.", (string)line["text"]!);
        Assert.Equal("attention", (string)line["color"]!);
    }

    [Fact]
    public void Render_ShowsTheNoteAndNoMitigation_WhenClosed()
    {
        var view = new RiskChangedView(new RiskViewBuilder().WithStatus(RiskStatus.Closed, "vendor delivered").Build(), RiskChangeKind.Closed, null);

        var card = RiskCardRenderer.Render(view);

        Assert.Contains("**Note:** vendor delivered", CardJson.Texts(card));
        Assert.DoesNotContain(CardJson.Texts(card), t => t.StartsWith("**Mitigation", StringComparison.Ordinal));
        Assert.Equal("closed", CardJson.Facts(card)["Status"]);
    }

    [Fact]
    public void Render_ShowsHostileTitleAndMitigationLiterally()
    {
        var card = Render(new RiskViewBuilder().WithTitle("*bold* [x](http://evil)").WithMitigation("- [ok](x)").Build());

        Assert.Contains(@"\*bold\* \[x\](http://evil)", CardJson.Texts(card));
        Assert.Contains(@"**Mitigation:** \- \[ok\](x)", CardJson.Texts(card));
    }

    private static System.Text.Json.Nodes.JsonObject Render(RiskView risk, EscalationNotice? escalation = null) =>
        RiskCardRenderer.Render(new RiskChangedView(risk, RiskChangeKind.Created, escalation));
}
