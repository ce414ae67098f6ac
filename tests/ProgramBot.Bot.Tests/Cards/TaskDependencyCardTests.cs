using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;
using ProgramBot.Bot.Tests.Cards.Builders;

namespace ProgramBot.Bot.Tests.Cards;

/// <summary>task show with dependencies: what it waits for, what it holds up, and the forecast they push it to.</summary>
public sealed class TaskDependencyCardTests
{
    private static readonly TaskDetailView Detail = new(
        new TaskViewBuilder().WithDue(new DateOnly(2026, 12, 10), false).Build(), "Website", "Dana", ApprovalViewBuilder.Created, TimeZoneInfo.Utc,
        ["API-7 " + CardSamples.Hostile], ["MOB-3 App"], new DateOnly(2026, 12, 18));

    [Fact]
    public void Card_ShowsLinksAndForecast_AndStaysSchemaValid()
    {
        var card = TaskCardRenderer.Render(Detail);
        var facts = CardJson.Facts(card);

        Assert.True(CardSchema.Evaluate(card).IsValid);
        Assert.Equal(("MOB-3 App", "Fri 2026-12-18, pushed out by what it waits for"), (facts["Holds up"], facts["Forecast"]));
        Assert.StartsWith(@"API-7 \*bold\*", facts["Waits for"], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_ShowsTheSameFacts()
    {
        var text = TextRenderer.Render(Detail);

        Assert.EndsWith("Holds up: MOB-3 App\n\nForecast: Fri 2026-12-18, pushed out by what it waits for", text, StringComparison.Ordinal);
    }
}
