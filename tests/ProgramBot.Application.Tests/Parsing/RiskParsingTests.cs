using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Tests.Parsing;

public sealed class RiskParsingTests
{
    [Fact]
    public void RiskAdd_ReadsEveryOption_WhenGivenInOneLine()
    {
        var command = Parsed.Ok<RiskAddCommand>("risk add Vendor API may slip #WEB p:4 i:5 owner:@carol mitigation:weekly vendor call review:2026-12-01");

        Assert.Equal("Vendor API may slip", command.Title);
        Assert.Equal("WEB", command.Project?.Value);
        Assert.Equal((4, 5), (command.Probability, command.Impact));
        Assert.Equal(new MemberRef(MemberRefKind.Handle, "carol"), command.Owner);
        Assert.Equal("weekly vendor call", command.Mitigation);
        Assert.Equal(Parsed.Date("2026-12-01"), command.Review);
    }

    [Fact]
    public void RiskAdd_LeavesMissingValuesNull_ForTheGuidedForm()
    {
        var command = Parsed.Ok<RiskAddCommand>("risk add Budget cut");

        Assert.Equal("Budget cut", command.Title);
        Assert.Null(command.Project);
        Assert.Null(command.Probability);
        Assert.Null(command.Impact);
    }

    [Fact]
    public void RiskAdd_TakesProgramScope() =>
        Assert.Equal("APOLLO", Parsed.Ok<RiskAddCommand>("risk add Funding program:APOLLO p:2 i:3").Program?.Value);

    [Theory]
    [InlineData("risk add Slip p:7 i:2 #WEB", "Probability is a number from 1 to 5")]
    [InlineData("risk add Slip p:3 i:zero #WEB", "Impact is a number from 1 to 5")]
    [InlineData("risk add Slip #WEB program:APOLLO", "not both")]
    [InlineData("risk add Slip owner:carol", "owner")]
    [InlineData("risk add Slip <at>A</at> <at>B</at>", "one owner")]
    [InlineData("risk add Slip review:someday", "someday")]
    [InlineData("risk update R-7", "Say what changes")]
    [InlineData("risk update 7 p:3", "risk id")]
    [InlineData("risk close R-7", "Say how it ended")]
    [InlineData("risk show", "Say which risk")]
    [InlineData("risk list #WEB #API", "filter")]
    [InlineData("risk list bananas", "filter")]
    [InlineData("risk bands 5 10", "like risk bands 5 10 15")]
    [InlineData("risk bands 5 10 99", "like risk bands 5 10 15")]
    [InlineData("risk fly", "I don't know 'fly'")]
    public void Risk_Fails_WithReasonAndUsage_WhenInputIsBad(string text, string reason)
    {
        var outcome = Parsed.Fails(text);

        Assert.Contains(reason, outcome.Error, StringComparison.Ordinal);
        Assert.NotNull(outcome.Usage);
    }

    [Fact]
    public void RiskUpdate_ReadsChanges()
    {
        var command = Parsed.Ok<RiskUpdateCommand>("risk update r-7 i:2 mitigation:\"second vendor\"");

        Assert.Equal(new RiskId(7), command.Id);
        Assert.Equal(2, command.Impact);
        Assert.Null(command.Probability);
        Assert.Equal("second vendor", command.Mitigation);
    }

    [Theory]
    [InlineData("risk close R-7 mitigated by second vendor", false)]
    [InlineData("risk close R-7 occurred: launch slipped", true)]
    public void RiskClose_ReadsNoteAndOutcome(string text, bool occurred)
    {
        var command = Parsed.Ok<RiskCloseCommand>(text);

        Assert.Equal(occurred, command.Occurred);
        Assert.False(string.IsNullOrEmpty(command.Note));
    }

    [Theory]
    [InlineData("risk list", null, false, false)]
    [InlineData("risk list #WEB top", "WEB", false, true)]
    [InlineData("risk list all", null, true, false)]
    [InlineData("risk list open", null, false, false)]
    public void RiskList_ReadsFilters(string text, string? project, bool all, bool top)
    {
        var command = Parsed.Ok<RiskListCommand>(text);

        Assert.Equal((project, all, top), (command.Project?.Value, command.IncludeClosed, command.TopOnly));
    }

    [Fact]
    public void RiskBands_ReadsThresholds() =>
        Assert.Equal(new RiskBandsCommand(4, 8, 12, 12), Parsed.Ok<RiskBandsCommand>("risk bands 4 8 12 escalate:12"));

    [Theory]
    [InlineData("risk add Vendor slip #WEB p:4 i:5 owner:@carol")]
    [InlineData("risk list #WEB top")]
    [InlineData("risk update R-2 p:1 review:2026-12-24")]
    [InlineData("risk close R-3 done and dusted")]
    [InlineData("risk bands 5 10 15 escalate:12")]
    public void Format_RoundTrips(string text)
    {
        var command = Parsed.Outcome(text).Command!;

        Assert.Equal(command, Parsed.Outcome(new CommandFormatter().Format(command)).Command);
    }
}
