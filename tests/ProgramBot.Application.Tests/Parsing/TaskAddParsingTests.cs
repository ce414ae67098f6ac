using ProgramBot.Application.Commands;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tests.Parsing;

public class TaskAddParsingTests
{
    [Fact]
    public void Parse_ReadsEveryPart_WhenLineIsTheProductExample()
    {
        var command = Parsed.Ok<TaskAddCommand>("task add Fix login timeout @alice due:fri p:high #WEB");

        Assert.Equal("Fix login timeout", command.Title);
        Assert.Equal(new MemberRef(MemberRefKind.Handle, "alice"), command.Assignee);
        Assert.Equal(Parsed.Date("2026-11-27"), command.Due);
        Assert.Equal(Priority.High, command.Priority);
        Assert.Equal("WEB", command.Project?.Value);
    }

    [Fact]
    public void Parse_KeepsTitleWordOrder_WhenOptionsAreInterleaved()
    {
        var command = Parsed.Ok<TaskAddCommand>("TASK ADD #web Fix p:low the @bob login due:tomorrow page");

        Assert.Equal("Fix the login page", command.Title);
        Assert.Equal(Priority.Low, command.Priority);
        Assert.Equal("WEB", command.Project?.Value);
        Assert.Equal(Parsed.Date("2026-11-26"), command.Due);
    }

    [Fact]
    public void Parse_LeavesOptionalPartsNull_WhenOnlyTitleIsGiven()
    {
        var command = Parsed.Ok<TaskAddCommand>("task add Write docs");

        Assert.Equal(new TaskAddCommand("Write docs", null, null, null, null), command);
    }

    [Theory]
    [InlineData("<at>Alice Smith</at>", MemberRefKind.Mention, "Alice Smith")]
    [InlineData("<@U123>", MemberRefKind.ChannelUser, "U123")]
    [InlineData("<@U123|alice>", MemberRefKind.ChannelUser, "U123")]
    [InlineData("@Alice.Smith", MemberRefKind.Handle, "alice.smith")]
    public void Parse_ReadsAssignee_ForEachKindOfMention(string mention, MemberRefKind kind, string value)
    {
        var command = Parsed.Ok<TaskAddCommand>($"task add Fix login {mention}");

        Assert.Equal(new MemberRef(kind, value), command.Assignee);
        Assert.Equal("Fix login", command.Title);
    }

    [Theory]
    [InlineData("p:low", Priority.Low)]
    [InlineData("p:medium", Priority.Medium)]
    [InlineData("p:MED", Priority.Medium)]
    [InlineData("priority:high", Priority.High)]
    [InlineData("p:critical", Priority.Critical)]
    [InlineData("priority:crit", Priority.Critical)]
    public void Parse_ReadsPriority_ForEachSpelling(string option, Priority expected)
    {
        var command = Parsed.Ok<TaskAddCommand>($"task add Fix login {option}");

        Assert.Equal(expected, command.Priority);
    }

    [Theory]
    [InlineData("due:next week Fix login", "2026-11-30")]
    [InlineData("Fix login due:in 3 days", "2026-11-28")]
    [InlineData("Fix login due:end of month", "2026-11-30")]
    [InlineData("Fix login due:\"in 3 days\"", "2026-11-28")]
    [InlineData("Fix login due:\u201Cnext week\u201D", "2026-11-30")]
    [InlineData("Fix login due: fri", "2026-11-27")]
    [InlineData("Fix login due:2026-12-18", "2026-12-18")]
    public void Parse_ReadsMultiWordDueDate_Greedily(string args, string expected)
    {
        var command = Parsed.Ok<TaskAddCommand>("task add " + args);

        Assert.Equal("Fix login", command.Title);
        Assert.Equal(Parsed.Date(expected), command.Due);
    }

    [Fact]
    public void Parse_StopsDateAtLongestReadableRun_WhenTitleWordsFollow()
    {
        var command = Parsed.Ok<TaskAddCommand>("task add due:fri tomorrow review");

        Assert.Equal(Parsed.Date("2026-11-27"), command.Due);
        Assert.Equal("tomorrow review", command.Title);
    }

    [Theory]
    [InlineData("task add Fix: login page", "Fix: login page")]
    [InlineData("task add See http://x.io/a for #1", "See http://x.io/a for #1")]
    [InlineData("task add Fix \"due:fri\" parsing", "Fix due:fri parsing")]
    [InlineData("task add Email alice@example.com me", "Email alice@example.com me")]
    [InlineData("task add Fix &lt;br&gt; &amp; spacing", "Fix <br> & spacing")]
    public void Parse_KeepsTextInTitle_WhenItIsNotAnOptionOrMention(string text, string title)
    {
        var command = Parsed.Ok<TaskAddCommand>(text);

        Assert.Equal(title, command.Title);
        Assert.Null(command.Assignee);
    }

    [Theory]
    [InlineData("task add Fix login @alice @bob")]
    [InlineData("task add Fix login <at>Alice</at> <@U1>")]
    public void Parse_Fails_WhenTwoAssigneesAreMentioned(string text)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal("A task has one assignee; mention only one person.", outcome.Error);
        Assert.StartsWith("task add <title>", outcome.Usage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("task add Fix due:fri due:mon")]
    [InlineData("task add Fix p:high priority:low")]
    public void Parse_Fails_WhenAnOptionIsGivenTwice(string text)
    {
        var outcome = Parsed.Fails(text);

        Assert.Contains("twice", outcome.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("task add")]
    [InlineData("task add @alice due:fri")]
    [InlineData("task add \"\" #WEB")]
    public void Parse_Fails_WhenTitleIsEmpty(string text)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal("A task needs a title.", outcome.Error);
    }

    [Fact]
    public void Parse_Fails_WhenTitleHas201Characters()
    {
        var outcome = Parsed.Fails("task add " + new string('x', 201));

        Assert.Equal("That title has 201 characters; keep it to 200.", outcome.Error);
    }

    [Fact]
    public void Parse_Accepts_WhenTitleHas200Characters()
    {
        var command = Parsed.Ok<TaskAddCommand>("task add " + new string('x', 200));

        Assert.Equal(200, command.Title.Length);
    }

    [Fact]
    public void Parse_Fails_WhenTitleHasControlCharacters()
    {
        var outcome = Parsed.Fails("task add Fix\u0007login");

        Assert.Equal("A title can't contain line breaks or control characters.", outcome.Error);
    }

    [Theory]
    [InlineData("task add Fix due:someday", "someday")]
    [InlineData("task add Fix due:\"in 3 fortnights\"", "in 3 fortnights")]
    public void Parse_Fails_WhenDueDateIsUnreadable(string text, string shown)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal(
            $"I can't read '{shown}' as a date. Try 2026-12-18, today, tomorrow, fri, next week, in 3 days or end of month.",
            outcome.Error);
    }

    [Fact]
    public void Parse_Fails_WhenDueHasNoValue()
    {
        var outcome = Parsed.Fails("task add Fix login due:");

        Assert.Equal("Give a date after due:, like due:fri.", outcome.Error);
    }

    [Fact]
    public void Parse_Fails_WhenPriorityIsUnknown()
    {
        var outcome = Parsed.Fails("task add Fix p:urgent");

        Assert.Equal("'urgent' is not a priority; use low, medium, high or critical.", outcome.Error);
    }

    [Fact]
    public void Parse_Fails_WhenOptionBelongsToAnotherCommand()
    {
        var outcome = Parsed.Fails("task add Fix pm:@alice");

        Assert.Equal("'task add' doesn't take pm:. If it is part of the text, put it in quotes.", outcome.Error);
    }

    [Fact]
    public void Parse_Fails_WhenTwoProjectsAreGiven()
    {
        var outcome = Parsed.Fails("task add Fix #WEB #API");

        Assert.Equal("A task belongs to one project; give only one #PROJECT.", outcome.Error);
    }

    [Fact]
    public void Parse_AcceptsPastDueDate_BecauseTheUseCaseJudgesIt()
    {
        var command = Parsed.Ok<TaskAddCommand>("task add Fix due:2020-01-01");

        Assert.Equal(Parsed.Date("2020-01-01"), command.Due);
    }
}
