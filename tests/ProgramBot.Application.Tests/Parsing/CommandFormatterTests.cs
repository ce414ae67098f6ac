using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tests.Parsing;

public class CommandFormatterTests
{
    private static readonly CommandFormatter Formatter = new();

    [Theory]
    [InlineData("task add Fix login timeout @Alice due:fri p:HIGH #web", "task add Fix login timeout @alice due:2026-11-27 p:high #WEB")]
    [InlineData("task add due:in 3 days Fix <at>Al B</at>", "task add Fix <at>Al B</at> due:2026-11-28")]
    [InlineData("task list overdue #web me", "task list mine #WEB overdue")]
    [InlineData("task show web-42", "task show WEB-42")]
    [InlineData("task due web-42 next week", "task due WEB-42 2026-11-30")]
    [InlineData("task assign web-1 <@U1|bob>", "task assign WEB-1 <@U1>")]
    [InlineData("project new web Site relaunch end:eom pm:me", "project new WEB Site relaunch pm:me end:2026-11-30")]
    [InlineData("project status", "project status")]
    [InlineData("program new apollo Store objective:Grow sales", "program new APOLLO Store objective:\"Grow sales\"")]
    [InlineData("?", "help")]
    public void Format_WritesCanonicalText_ForParsedCommands(string typed, string canonical)
    {
        var command = Parsed.Outcome(typed).Command!;

        Assert.Equal(canonical, Formatter.Format(command));
    }

    [Theory]
    [InlineData("task add Fix \"due:fri\" and \"@bob\" and \"#WEB\" #API")]
    [InlineData("task add Say \u201C\"hi\"\u201D to \"<at>Bob</at>\"")]
    [InlineData("task add R&amp;D &amp;lt;tag&amp;gt; it&#39;s")]
    [InlineData("task add Fix: http://x.io #1 me")]
    [InlineData("task add Quote “\"”\" both \"open later\"")]
    [InlineData("task add it&amp;#34;s &amp;quot;")]
    [InlineData("task block WEB-1 waiting for \"keys\" from <at>Bob</at> &amp;lt;b&amp;gt;")]
    [InlineData("program new APOLLO \"pm:x\" objective:\"Say \u201Chi\u201D\"")]
    [InlineData("program new APOLLO Store objective:\u201CSay \"hi\"\u201D")]
    public void Format_RoundTrips_WhenTextLooksLikeSyntax(string typed)
    {
        var first = Parsed.Outcome(typed);
        Assert.True(first.IsSuccess, first.Error);

        var second = Parsed.Outcome(Formatter.Format(first.Command!));

        Assert.Equal(first.Command, second.Command);
    }

    [Fact]
    public void Format_QuotesTitleWords_ThatWouldReadAsOptions()
    {
        var command = new TaskAddCommand("Fix due:fri @bob", null, null, Priority.Low, EntityKey.Parse("WEB", "p").Value);

        Assert.Equal("task add Fix \"due:fri\" \"@bob\" p:low #WEB", Formatter.Format(command));
    }

    [Fact]
    public void Format_WritesInnerQuotesAsEntities_WhenWordHoldsStraightAndCurlyQuotes()
    {
        var command = new TaskAddCommand("Say \"\u201D", null, null, null, null);

        var formatted = Formatter.Format(command);

        Assert.Equal("task add Say \"&#34;\u201D\"", formatted);
        Assert.Equal(command, Parsed.Outcome(formatted).Command);
    }

    [Fact]
    public void Format_Throws_WhenCommandTypeIsUnknown()
    {
        Assert.Throws<ArgumentException>(() => Formatter.Format(new UnknownCommand()));
    }

    private sealed record UnknownCommand : Command;
}
