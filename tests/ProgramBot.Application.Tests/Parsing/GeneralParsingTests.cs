using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;

namespace ProgramBot.Application.Tests.Parsing;

public class GeneralParsingTests
{
    [Theory]
    [InlineData("help", null)]
    [InlineData("?", null)]
    [InlineData("HELP Task", "task")]
    [InlineData("help project", "project")]
    [InlineData("help task add", "task add")]
    public void Parse_ReturnsHelp_WithOptionalTopic(string text, string? topic)
    {
        Assert.Equal(new HelpCommand(topic), Parsed.Ok<HelpCommand>(text));
    }

    [Theory]
    [InlineData("help bananas", "bananas")]
    [InlineData("help due:fri", "due:fri")]
    public void Parse_Fails_WhenHelpTopicIsUnknown(string text, string topic)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal($"I have no help on '{topic}'. Try help task, help risk, help project or help program.", outcome.Error);
        Assert.Equal("help [topic]", outcome.Usage);
    }

    [Theory]
    [InlineData("xyz please", "xyz")]
    [InlineData("retro add #WEB keep it small", "retro")]
    [InlineData("\"task\" add x", "\"task\"")]
    public void Parse_FailsWithoutUsage_WhenVerbIsUnknown(string text, string verb)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal($"I don't know '{verb}'. Type help to see what I can do.", outcome.Error);
        Assert.Null(outcome.Usage);
    }

    [Theory]
    [InlineData("task xyz", "task")]
    [InlineData("project delete #WEB", "project")]
    [InlineData("program archive APOLLO", "program")]
    public void Parse_FailsWithVerbUsage_WhenSubcommandIsUnknown(string text, string verb)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal($"I don't know '{text.Split(' ')[1]}'. Type help to see what I can do.", outcome.Error);
        Assert.Equal(CommandCatalog.UsageFor(verb), outcome.Usage);
        Assert.Contains($"{verb} list", outcome.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ListsSubcommands_WhenOnlyVerbIsGiven()
    {
        var outcome = Parsed.Fails("program");

        Assert.Equal("Say what to do: program new, program list, program add-project, program status, program load, program stakeholders.", outcome.Error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    public void Parse_FailsWithoutUsage_WhenTextIsBlank(string? text)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal("Type a command. Type help to see what I can do.", outcome.Error);
        Assert.Null(outcome.Usage);
    }

    [Theory]
    [InlineData("task add \"unbalanced title")]
    [InlineData("task add <at>Alice unclosed")]
    [InlineData("task add <at></at> x")]
    [InlineData("task add \u0000\u0001\u001b[31m")]
    [InlineData("<@")]
    [InlineData("task due WEB-42 in 99999999999 days")]
    [InlineData("task add x due:\"")]
    [InlineData("&amp;&lt;&gt;&quot;&#39;&nbsp;")]
    public void Parse_DoesNotThrow_WhenInputIsMalformed(string text)
    {
        var outcome = Parsed.Outcome(text);

        Assert.True(outcome.IsSuccess || outcome.Error is not null);
    }

    [Fact]
    public void Parse_FailsQuickly_WhenTextIs100Kilobytes()
    {
        var outcome = Parsed.Fails("task add " + string.Concat(Enumerable.Repeat("word \"quote <at>x ", 6000)));

        Assert.Equal("That is too long for a command; keep it under 4000 characters.", outcome.Error);
    }

    [Fact]
    public void Parse_ShortensLongUnknownVerb_InTheError()
    {
        var outcome = Parsed.Fails(new string('z', 3000) + "\u0007");

        Assert.True(outcome.Error!.Length < 120);
    }

    [Fact]
    public void Parse_Throws_WhenContextIsNull()
    {
        Assert.Throws<ArgumentNullException>(() => new CommandParser().Parse("help", null!));
    }
}
