using System.Text.Json.Nodes;
using ProgramBot.Bot.Channels.Teams.Cards;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class CardToolkitTests
{
    [Fact]
    public void Build_WritesTypeSchemaVersionAndFullWidth()
    {
        var card = new CardBuilder().Add(CardElements.Text("x")).Build();

        Assert.Equal("AdaptiveCard", (string)card["type"]!);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string)card["$schema"]!);
        Assert.Equal("1.5", (string)card["version"]!);
        Assert.Equal("Full", (string)card["msteams"]!["width"]!);
    }

    [Fact]
    public void Build_LeavesOutActionsAndRefresh_WhenThereAreNone()
    {
        var card = new CardBuilder().Add(CardElements.Text("x")).Build();

        Assert.False(card.ContainsKey("actions"));
        Assert.False(card.ContainsKey("refresh"));
    }

    [Fact]
    public void Text_Wraps()
    {
        Assert.True((bool)CardElements.Text("x")["wrap"]!);
    }

    [Fact]
    public void Execute_CarriesVerbAndIdInData_WithASubmitFallbackOfTheSameData()
    {
        var action = CardActions.Execute("Start", "task.start", "WEB-42");

        Assert.Equal("Action.Execute", (string)action["type"]!);
        Assert.Equal("task.start", (string)action["verb"]!);
        var expected = JsonNode.Parse("""{"verb":"task.start","id":"WEB-42"}""");
        Assert.True(JsonNode.DeepEquals(expected, action["data"]));
        Assert.Equal("Action.Submit", (string)action["fallback"]!["type"]!);
        Assert.True(JsonNode.DeepEquals(expected, action["fallback"]!["data"]));
    }

    [Fact]
    public void Refresh_NamesTheVerbIdAndUsers()
    {
        var refresh = CardActions.Refresh("approval.refresh", "A-3", ["29:a", "29:b"]);

        var expected = JsonNode.Parse("""
            {"action":{"type":"Action.Execute","verb":"approval.refresh","data":{"verb":"approval.refresh","id":"A-3"}},"userIds":["29:a","29:b"]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, refresh), refresh.ToJsonString());
    }

    [Fact]
    public void Bytes_CountsTheJsonText()
    {
        var card = new CardBuilder().Add(CardElements.Text("x")).Build();

        Assert.Equal(card.ToJsonString().Length, CardSize.Bytes(card));
    }

    [Fact]
    public void AddIf_SkipsBlankValues()
    {
        var facts = new FactList().Add("A", "1").AddIf("B", null).AddIf("C", " ");

        Assert.Equal(1, facts.Count);
    }
}
