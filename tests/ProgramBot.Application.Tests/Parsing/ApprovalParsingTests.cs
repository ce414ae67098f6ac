using ProgramBot.Application.Commands;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Tests.Parsing;

public sealed class ApprovalParsingTests
{
    [Theory]
    [InlineData("approval request schedule Move launch approvers:<at>Dana</at>,<at>Eve</at> policy:all")]
    [InlineData("approval request schedule Move launch approvers:<at>Dana</at>, <at>Eve</at> policy:all")]
    [InlineData("approval request schedule Move launch policy:all approvers:@dana,@eve")]
    [InlineData("approval request schedule Move launch <at>Dana</at> <at>Eve</at> policy:all")]
    public void ApprovalRequest_ReadsTwoApprovers_HoweverTheyAreWritten(string text)
    {
        var command = Parsed.Ok<ApprovalRequestCommand>(text);

        Assert.Equal(2, command.Approvers.Count);
        Assert.Equal(("Move launch", ApprovalKind.Schedule, ApprovalPolicy.All), (command.Subject, command.Kind, command.Policy));
    }

    [Fact]
    public void ApprovalRequest_ReadsProjectAndDue()
    {
        var command = Parsed.Ok<ApprovalRequestCommand>("approval request budget Extra 10k #WEB approvers:@dana due:2026-12-01");

        Assert.Equal(("WEB", Parsed.Date("2026-12-01"), ApprovalPolicy.Any), (command.Project?.Value, command.Due, command.Policy));
    }

    [Theory]
    [InlineData("approval request Move launch approvers:@dana", "Start with the kind")]
    [InlineData("approval request schedule approvers:@dana", "Say what needs approving")]
    [InlineData("approval request schedule Move launch", "Name the approvers")]
    [InlineData("approval request schedule Move launch approvers:@dana policy:most", "Policy is any or all")]
    [InlineData("approval request schedule Move launch approvers:dana", "is not a person")]
    [InlineData("approvals everything", "approvals pending")]
    [InlineData("approval show 3", "Say which approval")]
    public void Approval_Fails_WithReason_WhenInputIsBad(string text, string reason) =>
        Assert.Contains(reason, Parsed.Fails(text).Error, StringComparison.Ordinal);

    [Theory]
    [InlineData("approvals", false)]
    [InlineData("approvals pending", false)]
    [InlineData("approvals mine", true)]
    public void Approvals_ReadsWhichList(string text, bool mine) => Assert.Equal(mine, Parsed.Ok<ApprovalsListCommand>(text).Mine);
}
