using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;
using ProgramBot.Domain.Health;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Bot.Tests.Cards;

/// <summary>Project status with its health: RAG computed and overridden, dates, risks and budget, on the card and in the text.</summary>
public sealed class ProjectHealthRenderingTests
{
    private static readonly Application.Views.ProjectStatusView Status = CardSamples.Status([], null) with
    {
        Health = ProgramStatusSamples.Project(
            "WEB", "Website relaunch", Rag.Red, new RagOverride(Rag.Amber, "vendor late", 1, ProgramStatusSamples.Now, ProgramStatusSamples.Now.AddDays(14)),
            new BudgetFigures(120_000m, "EUR", 60_000m, 40)),
        TimeZone = TimeZoneInfo.Utc,
    };

    [Fact]
    public void Card_ShowsHealthFacts_AndStaysSchemaValid()
    {
        var card = ProjectStatusCardRenderer.Render(Status);
        var facts = CardJson.Facts(card);

        Assert.True(CardSchema.Evaluate(card).IsValid);
        Assert.Equal("amber 🟠 by override until Thu 10 Dec: vendor late; computed red 🔴 (1 milestone missed)", facts["RAG"]);
        Assert.Equal("budget 60,000 of 120,000 EUR used (50%), variance 60,000, forecast at completion 150,000", facts["Budget"]);
    }

    [Fact]
    public void Text_CarriesTheSameHealth()
    {
        var text = TextRenderer.Render(Status);

        Assert.Contains(
            "Health: amber 🟠 by override until Thu 10 Dec: vendor late; computed red 🔴 (1 milestone missed) · target Tue 2026-12-15, forecast Fri 2026-12-18 · risks 1 critical, 2 high, 1 low · budget 60,000",
            text, StringComparison.Ordinal);
    }
}
