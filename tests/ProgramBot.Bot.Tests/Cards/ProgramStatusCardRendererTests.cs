using ProgramBot.Bot.Channels.Teams.Cards;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class ProgramStatusCardRendererTests
{
    public static TheoryData<string> Samples() => [.. ProgramStatusSamples.All().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Render_IsASchemaValidCard_UnderTheTeamsLimit(string name)
    {
        var view = ProgramStatusSamples.All().Single(s => s.Name == name).View;

        Assert.True(AdaptiveCardRenderer.TryRender(view, out var card));
        var results = CardSchema.Evaluate(card);

        Assert.True(results.IsValid, $"{name}: {CardSchema.Describe(results)}");
        Assert.InRange(CardSize.Bytes(card), 1, CardLimits.MaxBytes - 1);
    }

    [Fact]
    public void Render_ShowsEachProjectsHealth_SlipsAndTheCriticalChain()
    {
        var card = ProgramStatusCardRenderer.Render(ProgramStatusSamples.All().First().View);
        var texts = CardJson.Texts(card);

        Assert.Contains("**WEB** Website", texts);
        Assert.Contains("target Tue 2026-12-15, forecast Fri 2026-12-18 · risks 1 critical, 2 high, 1 low · 3 overdue · 1 blocked · budget 60,000 of 120,000 EUR used (50%), variance 60,000, forecast at completion 150,000", texts);
        Assert.Contains("red 🔴 (1 milestone missed)", texts);
        Assert.Contains("amber 🟠 by override until Thu 10 Dec: vendor late; computed green 🟢", texts);
        Assert.Contains("API-1 slipped 3 days → WEB-1 slips 3 days", texts);
        Assert.Contains("API-1 Endpoint (Fri 2026-12-18) → WEB-1 ◆ Launch (Fri 2026-12-18)", texts);
        Assert.Equal("Dana, Eve", CardJson.Facts(card)["Stakeholders"]);
    }

    [Fact]
    public void Render_EndsALongProjectListInMore()
    {
        var card = ProgramStatusCardRenderer.Render(ProgramStatusSamples.All().Single(s => s.Name == "huge").View);

        Assert.Contains(CardJson.Texts(card), t => t.StartsWith('+') && t.EndsWith(" more: the text lists them all", StringComparison.Ordinal));
    }
}
