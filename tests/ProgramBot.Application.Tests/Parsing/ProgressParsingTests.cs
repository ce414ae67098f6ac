using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Tests.Parsing;

public sealed class ProgressParsingTests
{
    [Fact]
    public void Progress_ReadsTaskPercentAndNote()
    {
        var command = Parsed.Ok<ProgressCommand>("progress WEB-42 60% tests green");

        Assert.Equal("WEB-42", command.Task?.ToString());
        Assert.Equal(60, command.Percent);
        Assert.Equal("tests green", command.Note);
    }

    [Fact]
    public void Progress_ReadsProjectPercentAndRag()
    {
        var command = Parsed.Ok<ProgressCommand>("progress #WEB 40% rag:amber vendor late");

        Assert.Equal("WEB", command.Project?.Value);
        Assert.Equal((40, Rag.Amber, "vendor late"), (command.Percent, command.Rag, command.Note));
    }

    [Theory]
    [InlineData("progress")]
    [InlineData("progress #WEB")]
    public void Progress_LeavesMissingValuesNull_ForTheGuidedForm(string text) =>
        Assert.Null(Parsed.Ok<ProgressCommand>(text).Percent);

    [Theory]
    [InlineData("progress WEB-42 140%", "0 to 100")]
    [InlineData("progress WEB-42 -5%", "0 to 100")]
    [InlineData("progress #WEB 40% rag:purple", "green, amber or red")]
    [InlineData("progress #WEB due:fri", "doesn't take due:")]
    public void Progress_Fails_WhenInputIsBad(string text, string reason) =>
        Assert.Contains(reason, Parsed.Fails(text).Error, StringComparison.Ordinal);

    [Fact]
    public void Cancel_ParsesAlone() => Parsed.Ok<CancelCommand>("cancel");

    [Fact]
    public void Format_RoundTrips()
    {
        var command = Parsed.Outcome("progress #WEB 40% rag:red blocked on legal").Command!;

        Assert.Equal(command, Parsed.Outcome(new CommandFormatter().Format(command)).Command);
    }
}
