using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;

namespace ProgramBot.Bot.Tests.Cards;

/// <summary>Every card the renderers produce, in every state, is a valid Adaptive Card 1.5 under the Teams size limit.</summary>
public sealed class AllCardsTests
{
    public static TheoryData<string> Samples() => [.. CardSamples.All().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void TryRender_ProducesASchemaValidCard_ForEverySample(string name)
    {
        foreach (var card in Cards(name))
        {
            var results = CardSchema.Evaluate(card);

            Assert.True(results.IsValid, $"{name}: {CardSchema.Describe(results)}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void TryRender_StaysUnderTheTeamsLimit_ForEverySample(string name)
    {
        foreach (var card in Cards(name))
        {
            Assert.InRange(CardSize.Bytes(card), 1, CardLimits.MaxBytes - 1);
        }
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> Cards(string name)
    {
        var view = CardSamples.All().Single(s => s.Name == name).View;
        Assert.True(AdaptiveCardRenderer.TryRender(view, out var card));
        yield return card;
        if (view is ApprovalView approval)
        {
            yield return ApprovalCardRenderer.Render(approval, readOnly: true);
        }
    }
}
