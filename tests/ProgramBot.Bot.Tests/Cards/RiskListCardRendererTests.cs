using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Tests.Cards.Builders;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class RiskListCardRendererTests
{
    [Fact]
    public void Render_ShowsTenRowsAndMore_WhenManyMatched()
    {
        var risks = Enumerable.Range(1, 30).Select(i => new RiskViewBuilder().WithId($"R-{i}").Build()).ToList();

        var card = RiskListCardRenderer.Render(new RiskListView("Open risks", risks, 45));

        Assert.Contains("Open risks (45)", CardJson.Texts(card));
        Assert.Equal(10, CardJson.Texts(card).Count(t => t.StartsWith("**R-", StringComparison.Ordinal)));
        Assert.Contains("+35 more", CardJson.Texts(card));
    }

    [Fact]
    public void Render_ShowsEachScoreInItsBandColourWithOwnerAndStatus()
    {
        var risk = new RiskViewBuilder().WithScore(2, 3, RiskBand.Medium).WithOwner(null).WithStatus(RiskStatus.Mitigating).Build();

        var card = RiskListCardRenderer.Render(new RiskListView("Risks", [risk], 1));

        Assert.Equal("warning", (string)CardJson.TextBlockContaining(card, "6 medium 🟡")!["color"]!);
        Assert.Contains("WEB · no owner · mitigating", CardJson.Texts(card));
        Assert.Contains("**R-7** Vendor may slip", CardJson.Texts(card));
    }

    [Fact]
    public void Render_SaysNone_WhenNothingMatched()
    {
        Assert.Equal(["Risks", "None."], CardJson.Texts(RiskListCardRenderer.Render(new RiskListView("Risks", [], 0))));
    }

    [Fact]
    public void Render_EscapesTitles()
    {
        var card = RiskListCardRenderer.Render(new RiskListView("Risks", [new RiskViewBuilder().WithTitle("*x*").Build()], 1));

        Assert.Contains(@"**R-7** \*x\*", CardJson.Texts(card));
    }
}
