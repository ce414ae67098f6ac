using System.Text.Json.Nodes;

namespace ProgramBot.Cli.Tests;

public class ReplyPrinterTests
{
    private static string Print(string activitiesJson)
    {
        using var output = new StringWriter { NewLine = "\n" };
        var activities = JsonNode.Parse(activitiesJson)!.AsArray().OfType<JsonObject>().ToList();
        new ReplyPrinter(output).Print(activities);
        return output.ToString();
    }

    [Fact]
    public void Print_WritesBotLine_WhenReplyHasText()
    {
        Assert.Equal("bot> Created WEB-1\n", Print("""[{"type":"message","text":"Created WEB-1"}]"""));
    }

    [Fact]
    public void Print_IndentsFollowingLines_WhenTextHasSeveralLines()
    {
        Assert.Equal("bot> Tasks:\n     WEB-1\n     WEB-2\n", Print("""[{"type":"message","text":"Tasks:\r\nWEB-1\nWEB-2"}]"""));
    }

    [Fact]
    public void Print_WritesContentTypeAndCardTexts_WhenAttachmentIsAdaptiveCard()
    {
        string printed = Print("""
            [{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{
              "type":"AdaptiveCard","version":"1.5","body":[
                {"type":"TextBlock","text":"WEB-1 Write spec"},
                {"type":"ColumnSet","columns":[{"type":"Column","items":[{"type":"TextBlock","text":"Due Fri"}]}]},
                {"type":"FactSet","facts":[{"title":"Owner","value":"alice"}]}],
              "actions":[{"type":"Action.Submit","title":"Done"}]}}]}]
            """);

        Assert.Equal(
            "bot> [attachment application/vnd.microsoft.card.adaptive]\n"
            + "       WEB-1 Write spec\n       Due Fri\n       Owner: alice\n       [Done]\n",
            printed);
    }

    [Fact]
    public void Print_WritesOnlyContentType_WhenAttachmentIsNotAdaptiveCard()
    {
        string printed = Print("""[{"type":"message","text":"See","attachments":[{"contentType":"application/vnd.microsoft.card.hero","content":{"title":"x"}}]}]""");

        Assert.Equal("bot> See\nbot> [attachment application/vnd.microsoft.card.hero]\n", printed);
    }

    [Fact]
    public void Print_WritesNothing_WhenActivityIsTyping()
    {
        Assert.Empty(Print("""[{"type":"typing"},{"type":"event","name":"x","text":"hidden"}]"""));
    }

    [Fact]
    public void Print_ListsChoices_WhenReplySuggestsActions()
    {
        string printed = Print("""[{"type":"message","text":"Priority?","suggestedActions":{"actions":[{"type":"imBack","title":"high","value":"high"},{"type":"imBack","value":"low"}]}}]""");

        Assert.Equal("bot> Priority?\nbot> choices: high | low\n", printed);
    }
}
