using ProgramBot.Application.Commands.Parsing;

namespace ProgramBot.Application.Tests.Parsing;

public class ParserPropertyTests
{
    private const int Seed = 20261125;

    private readonly CommandParser _parser = new();
    private readonly CommandFormatter _formatter = new();

    [Fact]
    public void Parse_NeverThrowsAndAnswersInOneLine_ForRandomTokenStreams()
    {
        var lines = new RandomCommandLines(Seed);
        var successes = 0;

        for (var i = 0; i < 2000; i++)
        {
            var line = lines.Next();

            var outcome = _parser.Parse(line, Parsed.Context);

            if (outcome.IsSuccess)
            {
                successes++;
                Assert.Null(outcome.Error);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(outcome.Error), line);
                Assert.DoesNotContain(outcome.Error!, char.IsControl);
            }
        }

        // The stream must reach the commands, not only the error paths, for the property to mean anything.
        Assert.InRange(successes, 100, 2000);
    }

    [Fact]
    public void ParseFormatParse_GivesAnEqualCommand_ForRandomTokenStreamsThatParse()
    {
        var lines = new RandomCommandLines(Seed + 1);

        for (var i = 0; i < 2000; i++)
        {
            var line = lines.Next();
            var first = _parser.Parse(line, Parsed.Context);
            if (!first.IsSuccess)
            {
                continue;
            }

            var formatted = _formatter.Format(first.Command!);
            var second = _parser.Parse(formatted, Parsed.Context);

            Assert.True(second.IsSuccess, $"'{line}' -> '{formatted}': {second.Error}");
            Assert.Equal(first.Command, second.Command);
        }
    }

    [Fact]
    public void FormatParse_GivesTheSameCommand_ForRandomValidCommands()
    {
        var commands = new RandomCommands(Seed);

        for (var i = 0; i < 2000; i++)
        {
            var command = commands.Next();
            var formatted = _formatter.Format(command);

            var outcome = _parser.Parse(formatted, Parsed.Context);

            Assert.True(outcome.IsSuccess, $"'{formatted}': {outcome.Error}");
            Assert.Equal(command, outcome.Command);
        }
    }

    [Fact]
    public void ParseFormatParse_GivesAnEqualCommand_ForRandomRiskProgressApprovalDigestAndWorkspaceLines()
    {
        var lines = new RandomMoreCommandLines(Seed);

        for (var i = 0; i < 2000; i++)
        {
            var line = lines.Next();
            var first = _parser.Parse(line, Parsed.Context);
            Assert.True(first.IsSuccess, $"'{line}': {first.Error}");

            var formatted = _formatter.Format(first.Command!);
            var second = _parser.Parse(formatted, Parsed.Context);

            Assert.True(second.IsSuccess, $"'{line}' -> '{formatted}': {second.Error}");
            Assert.True(first.Command == second.Command, $"'{line}' -> '{formatted}': {first.Command} != {second.Command}");
        }
    }
}
