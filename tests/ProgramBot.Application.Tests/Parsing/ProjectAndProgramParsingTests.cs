using ProgramBot.Application.Commands;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Tests.Parsing;

public class ProjectAndProgramParsingTests
{
    private static readonly EntityKey Web = Key("WEB");
    private static readonly EntityKey Apollo = Key("APOLLO");

    [Fact]
    public void Parse_ReadsEveryPart_WhenProjectNewIsTheProductExample()
    {
        var command = Parsed.Ok<ProjectNewCommand>(
            "project new WEB Website relaunch program:APOLLO pm:@alice end:2027-03-31");

        var expected = new ProjectNewCommand(
            Web, "Website relaunch", Apollo, new MemberRef(MemberRefKind.Handle, "alice"), null, Parsed.Date("2027-03-31"));
        Assert.Equal(expected, command);
    }

    [Fact]
    public void Parse_ReadsMentionsAndMultiWordDates_ForProjectNew()
    {
        var command = Parsed.Ok<ProjectNewCommand>(
            "project new #web start:next week Website pm:<at>Alice Smith</at> relaunch end:end of month program:#apollo");

        Assert.Equal("Website relaunch", command.Name);
        Assert.Equal(new MemberRef(MemberRefKind.Mention, "Alice Smith"), command.Manager);
        Assert.Equal(Parsed.Date("2026-11-30"), command.Start);
        Assert.Equal(Parsed.Date("2026-11-30"), command.End);
        Assert.Equal(Apollo, command.ProgramKey);
    }

    [Theory]
    [InlineData("project new", "Give the project a key and a name, like: project new WEB Website relaunch.")]
    [InlineData("project new WEB", "A project needs a name.")]
    [InlineData("project new 1WEB Site", "'1WEB' is not a valid project key: use 2–10 letters or digits starting with a letter, like WEB.")]
    [InlineData("project new WEB Site <at>Al</at>", "Put the project manager after pm:, like pm:@alice.")]
    [InlineData("project new WEB Site pm:alice", "'pm:alice' is not a person; write pm:@alice or pm:me.")]
    [InlineData("project new WEB Site program:1", "'1' is not a valid program key: use 2–10 letters or digits starting with a letter, like WEB.")]
    [InlineData("project new WEB Site end:someday", "I can't read 'someday' as a date. Try 2026-12-18, today, tomorrow, fri, next week, in 3 days or end of month.")]
    [InlineData("project new WEB Site due:fri", "'project new' doesn't take due:. If it is part of the text, put it in quotes.")]
    [InlineData("project new WEB Site pm:@a pm:@b", "You gave pm: twice; give it once.")]
    public void Parse_Fails_WhenProjectNewIsWrong(string text, string error)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal(error, outcome.Error);
        Assert.StartsWith("project new <KEY> <name>", outcome.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReturnsLists_ForProjectAndProgramList()
    {
        Assert.Equal(new ProjectListCommand(), Parsed.Ok<ProjectListCommand>("project list"));
        Assert.Equal(new ProgramListCommand(), Parsed.Ok<ProgramListCommand>("Program List"));
    }

    [Fact]
    public void Parse_Fails_WhenListHasArguments()
    {
        Assert.Equal("I don't know what 'all' is for in 'project list'.", Parsed.Fails("project list all").Error);
    }

    [Theory]
    [InlineData("project status", null)]
    [InlineData("project status #WEB", "WEB")]
    [InlineData("project status web", "WEB")]
    public void Parse_ReadsOptionalKey_ForProjectStatus(string text, string? key)
    {
        var command = Parsed.Ok<ProjectStatusCommand>(text);

        Assert.Equal(key, command.Project?.Value);
    }

    [Fact]
    public void Parse_ReadsKey_ForProjectBind()
    {
        Assert.Equal(new ProjectBindCommand(Web), Parsed.Ok<ProjectBindCommand>("project bind #Web"));
    }

    [Theory]
    [InlineData("project bind", "Which project? Add its key, like: project bind #WEB.")]
    [InlineData("project bind #WEB #API", "I don't know what '#API' is for in 'project bind'.")]
    [InlineData("project status #1", "'#1' is not a valid project key: use 2–10 letters or digits starting with a letter, like WEB.")]
    public void Parse_Fails_WhenProjectKeyIsMissingOrWrong(string text, string error)
    {
        Assert.Equal(error, Parsed.Fails(text).Error);
    }

    [Fact]
    public void Parse_ReadsQuotedObjectiveAndManager_ForProgramNew()
    {
        var command = Parsed.Ok<ProgramNewCommand>(
            "program new APOLLO Digital storefront objective:\"Grow online sales 20%\" pm:<@U1|dana>");

        var expected = new ProgramNewCommand(
            Apollo, "Digital storefront", "Grow online sales 20%", new MemberRef(MemberRefKind.ChannelUser, "U1"));
        Assert.Equal(expected, command);
    }

    [Fact]
    public void Parse_RunsUnquotedObjectiveToNextOption_ForProgramNew()
    {
        var command = Parsed.Ok<ProgramNewCommand>("program new APOLLO Storefront objective:Grow online sales pm:me");

        Assert.Equal("Storefront", command.Name);
        Assert.Equal("Grow online sales", command.Objective);
        Assert.Equal(MemberRef.Me, command.Manager);
    }

    [Fact]
    public void Parse_LeavesObjectiveNull_WhenNotGiven()
    {
        var command = Parsed.Ok<ProgramNewCommand>("program new APOLLO Digital storefront");

        Assert.Equal(new ProgramNewCommand(Apollo, "Digital storefront", null, null), command);
    }

    [Theory]
    [InlineData("program new APOLLO Store objective:\"\"", "Give the objective some text, like objective:\"Grow online sales\".")]
    [InlineData("program new APOLLO", "A program needs a name.")]
    [InlineData("program new APOLLO Store end:fri", "'program new' doesn't take end:. If it is part of the text, put it in quotes.")]
    public void Parse_Fails_WhenProgramNewIsWrong(string text, string error)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal(error, outcome.Error);
        Assert.StartsWith("program new <KEY> <name>", outcome.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Fails_WhenObjectiveIsTooLong()
    {
        var outcome = Parsed.Fails($"program new APOLLO Store objective:\"{new string('o', 501)}\"");

        Assert.Equal("Keep the objective to one line of at most 500 characters.", outcome.Error);
    }

    private static EntityKey Key(string text) => EntityKey.Parse(text, "project").Value;
}
