using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Tests.Cards.Builders;
using ProgramBot.Domain.Progress;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class DigestCardRendererTests
{
    [Fact]
    public void Render_ShowsEveryAttentionList_WhenThereIsRoom()
    {
        var view = CardSamples.Digest([new DigestProjectLine("WEB", "Website", 60, null, 2, 1, null)], []) with { Attention = CardSamples.LargeAttention() };

        var texts = string.Join("\n", CardJson.Texts(DigestCardRenderer.Render(view)));

        string[] headings =
        [
            "**Milestones in the next 14 days (9)**", "**Missed milestones (5)**", "**Overdue (120)**", "**Blocked (40)**", "**New risks since the last digest**",
            "**Risks escalated since the last digest**", "**Progress reports**", "**No progress report in the period (31)**", "**Waiting longest for a decision**",
        ];
        Assert.All(headings, heading => Assert.Contains(heading, texts, StringComparison.Ordinal));
        Assert.Contains("+115 more", texts, StringComparison.Ordinal);
        Assert.Contains("+26 more", texts, StringComparison.Ordinal);
        Assert.Contains("WEB-1 ◆ ", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("More needs attention", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PointsToTheText_WhenTheAttentionListsWouldNotFit()
    {
        var view = CardSamples.Digest(
            [.. Enumerable.Range(1, 200).Select(i => new DigestProjectLine($"P{i}", CardSamples.Long(300), 100, -100, 999, 999, null))],
            [.. Enumerable.Range(1, 20).Select(i => new RiskViewBuilder().WithId($"R-{i}").WithTitle(CardSamples.Long(300)).WithOwner(CardSamples.Long(300)).Build())],
            scope: CardSamples.Long(300)) with { Attention = CardSamples.LargeAttention() };

        var card = DigestCardRenderer.Render(view);

        Assert.Contains("More needs attention: see the text of this message.", CardJson.Texts(card));
        Assert.InRange(CardSize.Bytes(card), 1, CardLimits.MaxBytes);
    }

    [Fact]
    public void Render_ShowsHeadingPeriodProjectsRisksAndApprovals()
    {
        var card = DigestCardRenderer.Render(CardSamples.Digest(
            [new DigestProjectLine("WEB", "Website relaunch", 60, 5, 2, 1, Rag.Amber)],
            [new RiskViewBuilder().WithScore(2, 3, RiskBand.Medium).Build()],
            pending: 4));

        var texts = CardJson.Texts(card);
        Assert.Equal("Digest D-1 — project WEB", texts[0]);
        Assert.Equal("since Mon 2 Mar 09:00", texts[1]);
        Assert.Contains("**WEB** Website relaunch", texts);
        Assert.Contains("**60%**", texts);
        Assert.Contains("2 overdue · 1 blocked", texts);
        Assert.Equal("warning", (string)CardJson.TextBlockContaining(card, "amber 🟠")!["color"]!);
        Assert.Contains("**Top risks**", texts);
        Assert.Contains("**R-7** Vendor may slip", texts);
        Assert.Equal("warning", (string)CardJson.TextBlockContaining(card, "6 medium 🟡")!["color"]!);
        Assert.Equal("**Pending approvals:** 4", texts[^1]);
        Assert.Empty(CardJson.Actions(card));
    }

    [Fact]
    public void Render_SaysFirstDigestAndNone_WhenThereIsNothingYet()
    {
        var card = DigestCardRenderer.Render(CardSamples.Digest([], [], pending: 0, first: true));

        Assert.Equal(
            ["Digest D-1 — project WEB", "first digest", "No projects in scope yet.", "**Top risks**", "None open.", "**Pending approvals:** 0"],
            CardJson.Texts(card));
    }

    [Theory]
    [InlineData(5, "+5", "good")]
    [InlineData(-3, "-3", "attention")]
    public void Render_ColoursTheChange_GoodForARiseAttentionForAFall(int change, string text, string color)
    {
        var card = DigestCardRenderer.Render(CardSamples.Digest([new DigestProjectLine("WEB", "Website", 40, change, 0, 0, null)], []));

        var block = CardJson.Elements(card["body"]).Single(e => (string?)e["text"] == text);
        Assert.Equal(color, (string)block["color"]!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Render_ShowsNoChangeNorRag_WhenThereIsNone(int? change)
    {
        var card = DigestCardRenderer.Render(CardSamples.Digest([new DigestProjectLine("WEB", "Website", 40, change, 0, 0, null)], []));

        Assert.DoesNotContain(CardJson.Elements(card["body"]), e => e["color"] is not null);
    }

    [Theory]
    [InlineData(Rag.Red, "red 🔴", "attention")]
    [InlineData(Rag.Amber, "amber 🟠", "warning")]
    [InlineData(Rag.Green, "green 🟢", "good")]
    public void Render_ShowsTheRagWordInItsColour(Rag rag, string word, string color)
    {
        var card = DigestCardRenderer.Render(CardSamples.Digest([new DigestProjectLine("WEB", "Website", 40, null, 0, 0, rag)], []));

        Assert.Equal(color, (string)CardJson.TextBlockContaining(card, word)!["color"]!);
    }

    [Fact]
    public void Render_ShowsTenProjectsAndMore_WhenTheScopeIsLong()
    {
        var projects = Enumerable.Range(1, 25).Select(i => new DigestProjectLine($"P-{i}", "Project", 10, null, 0, 0, null)).ToList();

        var card = DigestCardRenderer.Render(CardSamples.Digest(projects, []));

        Assert.Equal(10, CardJson.Texts(card).Count(t => t.StartsWith("**P-", StringComparison.Ordinal)));
        Assert.Contains("+15 more", CardJson.Texts(card));
    }

    [Fact]
    public void Render_EscapesNamesScopeAndRiskTitles()
    {
        var card = DigestCardRenderer.Render(CardSamples.Digest(
            [new DigestProjectLine("WEB", "*x* [y](http://evil)", 40, null, 0, 0, null)],
            [new RiskViewBuilder().WithTitle("_r_").Build()],
            scope: "program *A*"));

        var texts = CardJson.Texts(card);
        Assert.Equal(@"Digest D-1 — program \*A\*", texts[0]);
        Assert.Contains(@"**WEB** \*x\* \[y\](http://evil)", texts);
        Assert.Contains(@"**R-7** \_r\_", texts);
    }

    [Fact]
    public void Render_StaysUnderTheTeamsLimit_With200LongNamedProjectsAndManyLongRisks()
    {
        var view = CardSamples.Digest(
            [.. Enumerable.Range(1, 200).Select(i => new DigestProjectLine($"PROJ-{i}", CardSamples.Long(1000), 100, -100, 9999, 9999, Rag.Red))],
            [.. Enumerable.Range(1, 50).Select(i => new RiskViewBuilder().WithId($"R-{i}").WithTitle(CardSamples.Long(1000)).WithOwner(CardSamples.Long(1000)).Build())],
            scope: CardSamples.Long(1000));

        var card = DigestCardRenderer.Render(view);

        Assert.InRange(CardSize.Bytes(card), 1, CardLimits.MaxBytes - 1);
        Assert.Contains(CardJson.Texts(card), t => t.StartsWith('+') && t.EndsWith(" more", StringComparison.Ordinal));
        Assert.True(CardSchema.Evaluate(card).IsValid);
    }

    [Fact]
    public void TryRender_PicksTheDigestCard_ForADigestView()
    {
        Assert.True(AdaptiveCardRenderer.TryRender(CardSamples.Digest([], []), out var card));

        Assert.Equal("Digest D-1 — project WEB", CardJson.Texts(card)[0]);
    }
}
