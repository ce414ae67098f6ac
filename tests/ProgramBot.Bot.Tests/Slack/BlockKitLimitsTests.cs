using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ProgramBot.Bot.Channels.Slack.Blocks;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Tests.Cards;

namespace ProgramBot.Bot.Tests.Slack;

/// <summary>Every view that has an Adaptive Card has Block Kit blocks, within Slack's limits for every sample, huge ones included.</summary>
public sealed partial class BlockKitLimitsTests
{
    private static readonly string[] Verbs =
        [CardVerbs.TaskStart, CardVerbs.TaskDone, CardVerbs.TaskAssignToMe, CardVerbs.ApprovalApprove, CardVerbs.ApprovalReject];

    public static TheoryData<string> Samples() => [.. CardSamples.All().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void TryRender_GivesBlocks_ForEveryViewWithACard(string name)
    {
        var view = Sample(name);

        Assert.Equal(AdaptiveCardRenderer.TryRender(view, out _), BlockKitRenderer.TryRender(view, out _));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void TryRender_StaysWithinSlacksLimits_ForEverySample(string name)
    {
        Assert.True(BlockKitRenderer.TryRender(Sample(name), out var blocks));

        Assert.InRange(blocks.Count, 1, SlackLimits.MaxBlocks);
        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            switch ((string?)block["type"])
            {
                case "header":
                    Assert.InRange(Text(block["text"]).Length, 1, SlackLimits.HeaderChars);
                    break;
                case "section":
                    AssertSection(block);
                    break;
                case "context":
                    Assert.All(block["elements"]!.AsArray(), e => Assert.InRange(Text(e).Length, 1, SlackLimits.SectionChars));
                    break;
                case "actions":
                    AssertButtons(block["elements"]!.AsArray());
                    break;
                default:
                    Assert.Equal("divider", (string?)block["type"]);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("task list 500", 500)]
    [InlineData("risk list 500", 500)]
    [InlineData("approval huge", 50)]
    [InlineData("digest large", 200)]
    public void TryRender_CutsLongListsWithPlusNMore_CountingEveryItem(string name, int total)
    {
        Assert.True(BlockKitRenderer.TryRender(Sample(name), out var blocks));

        var list = Texts(blocks).First(t => MoreLine().IsMatch(t));
        var shown = list.Split('\n').Count(line => line.StartsWith('*') || line.StartsWith("• ", StringComparison.Ordinal));
        var more = int.Parse(MoreLine().Match(list).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(total, shown + more);
        Assert.InRange(shown, 1, SlackLimits.MaxRows);
    }

    [Fact]
    public void TryRender_EscapesUserText_SoItCannotPingOrLink()
    {
        Assert.True(BlockKitRenderer.TryRender(Sample("task hostile"), out var blocks));

        var text = string.Join('\n', Texts(blocks));
        Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;at&gt;boss&lt;/at&gt;", text, StringComparison.Ordinal);
    }

    private static void AssertSection(JsonObject block)
    {
        if (block["text"] is { } text)
        {
            Assert.InRange(Text(text).Length, 1, SlackLimits.SectionChars);
        }

        if (block["fields"] is JsonArray fields)
        {
            Assert.InRange(fields.Count, 1, SlackLimits.MaxFields);
            Assert.All(fields, f => Assert.InRange(Text(f).Length, 1, SlackLimits.FieldChars));
        }
    }

    private static void AssertButtons(JsonArray buttons)
    {
        Assert.InRange(buttons.Count, 1, 25);
        var ids = buttons.Select(b => (string?)b!["action_id"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Contains(id, Verbs));
        Assert.All(buttons, b => Assert.InRange(Text(b!["text"]).Length, 1, SlackLimits.ButtonChars));
    }

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Texts),
        JsonObject obj => obj.Where(p => p.Key == "text" && p.Value is JsonValue).Select(p => (string)p.Value!)
            .Concat(obj.Where(p => p.Value is not JsonValue).SelectMany(p => Texts(p.Value))),
        _ => [],
    };

    [GeneratedRegex(@"_\+(\d+) more_")]
    private static partial Regex MoreLine();

    private static string Text(JsonNode? element) => (string?)element?["text"] ?? string.Empty;

    private static Application.Views.View Sample(string name) => CardSamples.All().Single(s => s.Name == name).View;
}
