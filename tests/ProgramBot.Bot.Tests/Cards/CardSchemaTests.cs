using System.Text.Json.Nodes;
using ProgramBot.Bot.Channels.Teams.Cards;

namespace ProgramBot.Bot.Tests.Cards;

/// <summary>Proves the validator is live: it passes a good card and fails bad ones, through $refs into definitions.</summary>
public sealed class CardSchemaTests
{
    [Fact]
    public void FindPath_PrefersTheRepoCopy_WhenTheTestsRun()
    {
        var path = CardSchema.FindPath();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "Cards", "Schemas", CardSchema.FileName), path);
    }

    [Fact]
    public void Evaluate_Passes_WhenTheCardIsMinimalAndValid()
    {
        var card = new CardBuilder().Add(CardElements.Text("hello")).Build();

        var results = CardSchema.Evaluate(card);

        Assert.True(results.IsValid, CardSchema.Describe(results));
    }

    [Fact]
    public void Evaluate_Fails_WhenATextBlockHasNoText()
    {
        var card = Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock"}]}""");

        Assert.False(CardSchema.EvaluateRaw(card).IsValid);
    }

    [Fact]
    public void Evaluate_Fails_WhenAnElementTypeIsUnknown()
    {
        var card = Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Banner","text":"x"}]}""");

        Assert.False(CardSchema.EvaluateRaw(card).IsValid);
    }

    [Fact]
    public void Evaluate_Fails_WhenAPropertyHasTheWrongType()
    {
        var card = Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","wrap":"yes"}]}""");

        Assert.False(CardSchema.EvaluateRaw(card).IsValid);
    }

    [Fact]
    public void Evaluate_Fails_WhenAColourIsNotOneOfTheSchemasColours()
    {
        var card = Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","color":"red"}]}""");

        Assert.False(CardSchema.EvaluateRaw(card).IsValid);
    }

    [Fact]
    public void Evaluate_Fails_WhenATextBlockDeepInAColumnHasNoText()
    {
        // ColumnSet -> Column -> TextBlock takes three $refs through definitions before the missing text shows.
        var card = Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"ColumnSet","columns":[
              {"type":"Column","items":[{"type":"TextBlock","size":"Medium"}]}]}]}
            """);

        Assert.False(CardSchema.EvaluateRaw(card).IsValid);
    }

    [Fact]
    public void Evaluate_Fails_WhenAnExecuteActionHasAnUnknownProperty()
    {
        var card = Parse("""{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.Execute","title":"Go","verbs":"x"}]}""");

        Assert.False(CardSchema.EvaluateRaw(card).IsValid);
    }

    [Fact]
    public void EvaluateRaw_Fails_WhenTheTeamsWidthIsLeftIn()
    {
        var card = new CardBuilder().Add(CardElements.Text("hello")).Build();

        Assert.False(CardSchema.EvaluateRaw(card).IsValid);
        Assert.True(CardSchema.Evaluate(card).IsValid);
    }

    [Fact]
    public void Evaluate_Fails_WhenARenderedApprovalCardLosesAButtonsVerbType()
    {
        var card = ApprovalCardRenderer.Render(CardSamples.Approval(Domain.Approvals.ApprovalStatus.Pending), readOnly: false);
        Assert.True(CardSchema.Evaluate(card).IsValid);

        card["actions"]![0]!["verb"] = 42;

        Assert.False(CardSchema.Evaluate(card).IsValid);
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
