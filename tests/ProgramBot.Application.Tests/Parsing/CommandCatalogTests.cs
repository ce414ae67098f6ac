using ProgramBot.Application.Commands.Parsing;

namespace ProgramBot.Application.Tests.Parsing;

public class CommandCatalogTests
{
    [Theory]
    [InlineData("task add", "task add <title> [@assignee] [due:<date>] [p:low|medium|high|critical] [est:<days>] [#PROJECT] [milestone]")]
    [InlineData("TASK LIST", "task list [mine|@user|#PROJECT|overdue|blocked]")]
    [InlineData("project new", "project new <KEY> <name> [program:<KEY>] [pm:@user] [start:<date>] [end:<date>]")]
    [InlineData("program new", "program new <KEY> <name> [objective:\"<text>\"] [pm:@user]")]
    [InlineData("help", "help [topic]")]
    [InlineData("workspace admin", "workspace admin @user [off]")]
    [InlineData("workspace admins", "workspace admins")]
    public void UsageFor_ReturnsTheGrammarLine_WhenVerbPathIsKnown(string path, string usage)
    {
        Assert.Equal(usage, CommandCatalog.UsageFor(path));
    }

    [Fact]
    public void UsageFor_ReturnsEveryUsageOfTheVerb_WhenOnlyTheVerbIsGiven()
    {
        var usage = CommandCatalog.UsageFor("program");

        Assert.StartsWith("program new <KEY> <name> [objective:\"<text>\"] [pm:@user]\nprogram list\nprogram add-project", usage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("retro")]
    [InlineData("task fly")]
    [InlineData("")]
    public void UsageFor_ReturnsNull_WhenNothingMatches(string path)
    {
        Assert.Null(CommandCatalog.UsageFor(path));
    }

    [Fact]
    public void Topic_ReturnsTheTopicsCommandsInOrder_WhenTopicIsKnown()
    {
        var paths = CommandCatalog.Topic("Task").Select(c => c.VerbPath);

        Assert.Equal(
            ["task add", "task new", "task list", "task show", "task start", "task done", "task block", "task assign", "task due", "task milestone", "task depends", "task undepend", "task estimate"],
            paths);
    }

    [Fact]
    public void Overview_CoversEveryTopic_WithOneSentenceEach()
    {
        Assert.Equal(48, CommandCatalog.Overview.Count);
        Assert.All(CommandCatalog.Topics, topic => Assert.NotEmpty(CommandCatalog.Topic(topic)));
        Assert.All(CommandCatalog.Overview, c => Assert.EndsWith(".", c.Description, StringComparison.Ordinal));
        Assert.All(CommandCatalog.Overview, c => Assert.StartsWith(c.VerbPath, c.Usage, StringComparison.Ordinal));
    }

    [Fact]
    public void Overview_HasAParsableVerbPath_ForEveryEntry()
    {
        var parser = new CommandParser();

        foreach (var entry in CommandCatalog.Overview)
        {
            var outcome = parser.Parse(entry.VerbPath, Parsed.Context);

            // Either it parses, or it fails for a missing argument with its own usage: never "unknown".
            Assert.True(outcome.IsSuccess || outcome.Usage == entry.Usage, $"{entry.VerbPath}: {outcome.Error}");
        }
    }
}
