using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using ProgramBot.Dialogs.Prompts;
using ProgramBot.Dialogs.Tests.TestSupport;

namespace ProgramBot.Dialogs.Tests;

public sealed class PromptRecognitionTests
{
    private static readonly List<Choice> Projects =
    [
        new("Web"),
        new("Mobile", ["app"]),
        new("Marketing", Description: "campaigns"),
    ];

    [Theory]
    [InlineData(" hello ", "hello")]
    [InlineData("two words", "two words")]
    public async Task TextPrompt_EndsWithTrimmedText_WhenTextIsNotEmpty(string input, string expected)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new TextPrompt("p"), input);

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, expected), result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task TextPrompt_KeepsWaiting_WhenTextIsEmpty(string input)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new TextPrompt("p"), input);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
    }

    [Theory]
    [InlineData("{\"value\":\"from value\"}", "from value")]
    [InlineData("{\"choice\":\"from choice\"}", "from choice")]
    [InlineData("{\"text\":\"from text\"}", "from text")]
    [InlineData("{\"p\":\"from prompt id\"}", "from prompt id")]
    public async Task TextPrompt_ReadsCardSubmitValue_WhenTextIsEmpty(string submit, string expected)
    {
        var answer = new Activity { Type = ActivityTypes.Message, Value = JObject.Parse(submit) };

        var (result, _) = await PromptHarness.AnswerAsync(new TextPrompt("p"), answer);

        Assert.Equal(expected, result.Result);
    }

    [Fact]
    public async Task TextPrompt_IgnoresTheBotsOwnMention_WhenTeamsChannelMessageMentionsBot()
    {
        var answer = new Activity { Type = ActivityTypes.Message, Text = "<at>Bot</at> ship it", Entities = [Mention("bot", "Bot")] };

        var (result, _) = await PromptHarness.AnswerAsync(new TextPrompt("p"), answer);

        Assert.Equal("ship it", result.Result);
    }

    [Theory]
    [InlineData("60", 60)]
    [InlineData("60%", 60)]
    [InlineData(" 7 ", 7)]
    [InlineData("0", 0)]
    public async Task NumberPrompt_EndsWithNumber_WhenInputIsAWholeNumberInRange(string input, int expected)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new NumberPrompt("p") { Min = 0, Max = 100 }, input);

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, expected), result);
    }

    [Theory]
    [InlineData("sixty")]
    [InlineData("6.5")]
    [InlineData("")]
    public async Task NumberPrompt_KeepsWaiting_WhenInputIsNotAWholeNumber(string input)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new NumberPrompt("p"), input);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
    }

    [Theory]
    [InlineData("101", "Please give a number from 0 to 100.")]
    [InlineData("-1", "Please give a number from 0 to 100.")]
    public async Task NumberPrompt_SaysTheRangeBeforeRetry_WhenNumberIsOutOfRange(string input, string reason)
    {
        var (result, replies) = await PromptHarness.AnswerAsync(new NumberPrompt("p") { Min = 0, Max = 100 }, input);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal([reason, "Question?"], replies.Select(r => r.Text));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("yeah", true)]
    [InlineData("OK", true)]
    [InlineData("sure!", true)]
    [InlineData("👍", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("N", false)]
    [InlineData("nope", false)]
    [InlineData("2", false)]
    public async Task ConfirmPrompt_EndsWithAnswer_WhenWordIsKnown(string input, bool expected)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new ConfirmPrompt("p"), input);

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, expected), result);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("3")]
    public async Task ConfirmPrompt_KeepsWaiting_WhenWordIsUnknown(string input)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new ConfirmPrompt("p"), input);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
    }

    [Theory]
    [InlineData("2", "Mobile")]
    [InlineData("web", "Web")]
    [InlineData("MARKETING", "Marketing")]
    [InlineData("App", "Mobile")]
    [InlineData("mob", "Mobile")]
    [InlineData("mar", "Marketing")]
    public async Task ChoicePrompt_EndsWithChoice_WhenInputNamesExactlyOne(string input, string expected)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new ChoicePrompt("p"), input, Choices());

        Assert.Equal(expected, Assert.IsType<FoundChoice>(result.Result).Value);
    }

    [Theory]
    [InlineData("m")]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("desktop")]
    public async Task ChoicePrompt_KeepsWaiting_WhenInputIsAmbiguousOrUnknown(string input)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new ChoicePrompt("p"), input, Choices());

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
    }

    [Fact]
    public async Task ChoicePrompt_EndsWithChoice_WhenCardButtonSubmitsValue()
    {
        var answer = new Activity { Type = ActivityTypes.Message, Value = new JObject { ["choice"] = "Web" } };

        var (result, _) = await PromptHarness.AnswerAsync(new ChoicePrompt("p"), answer, Choices());

        Assert.Equal(new FoundChoice("Web", 0), result.Result);
    }

    [Fact]
    public async Task ChoicePrompt_RendersNumberedListAndSuggestedActions_WhenAsking()
    {
        var prompt = await PromptHarness.FirstPromptAsync(new ChoicePrompt("p"), Choices());

        Assert.Equal("Which project?\n1. Web\n2. Mobile\n3. Marketing — campaigns", prompt.Text);
        Assert.Equal(["Web", "Mobile", "Marketing"], prompt.SuggestedActions.Actions.Select(a => a.Title));
        Assert.All(prompt.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Theory]
    [InlineData("2026-03-05")]
    [InlineData(" 2026-03-05 ")]
    public async Task DatePrompt_EndsWithIsoDate_WhenNoParserIsGiven(string input)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new DatePrompt("p"), input);

        Assert.Equal(new DateOnly(2026, 3, 5), result.Result);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("05/03/2026")]
    public async Task DatePrompt_KeepsWaiting_WhenNoParserIsGivenAndInputIsNotIso(string input)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new DatePrompt("p"), input);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
    }

    [Theory]
    [InlineData("tomorrow", 2026, 3, 3)]
    [InlineData("2026-12-24", 2026, 12, 24)]
    public async Task DatePrompt_UsesParserThenIsoFallback_WhenParserIsGiven(string input, int year, int month, int day)
    {
        var prompt = new DatePrompt("p", (_, text) => text == "tomorrow" ? new DateOnly(2026, 3, 3) : null);

        var (result, _) = await PromptHarness.AnswerAsync(prompt, input);

        Assert.Equal(new DateOnly(year, month, day), result.Result);
    }

    [Fact]
    public async Task MemberPrompt_ReturnsMentionedPersonNotTheBot_WhenTeamsMessageMentionsBoth()
    {
        var answer = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>Bot</at> <at>Grace</at>",
            Entities = [Mention("bot", "Bot"), Mention("29:grace", "Grace")],
        };

        var (result, _) = await PromptHarness.AnswerAsync(new MemberPrompt("p"), answer);

        Assert.Equal(new MentionedMember("29:grace", "Grace"), result.Result);
    }

    [Fact]
    public async Task MemberPrompt_KeepsWaiting_WhenOnlyTheBotIsMentioned()
    {
        var answer = new Activity { Type = ActivityTypes.Message, Text = "<at>Bot</at>", Entities = [Mention("bot", "Bot")] };

        var (result, _) = await PromptHarness.AnswerAsync(new MemberPrompt("p"), answer);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
    }

    [Theory]
    [InlineData("<@U123|ada>", "U123", "ada")]
    [InlineData("give it to <@U0G9QF9C6>", "U0G9QF9C6", "U0G9QF9C6")]
    [InlineData("me", "alice", "Alice")]
    [InlineData("ME", "alice", "Alice")]
    public async Task MemberPrompt_EndsWithMember_WhenSlackMentionOrMe(string input, string id, string name)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new MemberPrompt("p"), input);

        Assert.Equal(new MentionedMember(id, name), result.Result);
    }

    [Theory]
    [InlineData("ada")]
    [InlineData("<@lowercase>")]
    public async Task MemberPrompt_KeepsWaiting_WhenNoOneIsMentioned(string input)
    {
        var (result, _) = await PromptHarness.AnswerAsync(new MemberPrompt("p"), input);

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
    }

    private static PromptOptions Choices() => new() { Prompt = MessageFactory.Text("Which project?"), Choices = Projects };

    private static Entity Mention(string id, string name)
    {
        // As on the wire: the mention's fields live in the entity's properties.
        var entity = new Entity();
        entity.SetAs(new Mention { Mentioned = new ChannelAccount(id, name), Text = $"<at>{name}</at>" });
        return entity;
    }
}
