using ProgramBot.Domain.Approvals;

namespace ProgramBot.Domain.Tests.Approvals;

public sealed class ApprovalRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void PolicyAny_FirstApprovalSettlesIt()
    {
        var request = New(ApprovalPolicy.Any, 2, 3);

        var status = request.Decide(2, approve: true, null, Today, Now);

        Assert.Equal(ApprovalStatus.Approved, status.Value);
        Assert.Empty(request.PendingApproverIds);
    }

    [Fact]
    public void PolicyAll_NeedsEveryApproval()
    {
        var request = New(ApprovalPolicy.All, 2, 3);

        var first = request.Decide(2, approve: true, null, Today, Now);
        var second = request.Decide(3, approve: true, "fine", Today, Now);

        Assert.Equal(ApprovalStatus.Pending, first.Value);
        Assert.Equal(ApprovalStatus.Approved, second.Value);
    }

    [Fact]
    public void PolicyAll_OneRejectionSettlesIt()
    {
        var request = New(ApprovalPolicy.All, 2, 3);
        request.Decide(2, approve: true, null, Today, Now);

        var status = request.Decide(3, approve: false, "too risky", Today, Now);

        Assert.Equal(ApprovalStatus.Rejected, status.Value);
    }

    [Theory]
    [InlineData(9, true, null, "approval.not_approver")]
    [InlineData(2, false, null, "approval.comment")]
    [InlineData(2, false, "   ", "approval.comment")]
    public void Decide_IsRefusedAndChangesNothing_WhenNotAllowed(long approver, bool approve, string? comment, string code)
    {
        var request = New(ApprovalPolicy.Any, 2, 3);

        var result = request.Decide(approver, approve, comment, Today, Now);

        Assert.Equal(code, result.Error?.Code);
        Assert.Equal(ApprovalStatus.Pending, request.Status);
        Assert.Empty(request.Decisions);
    }

    [Fact]
    public void Decide_IsRefused_WhenSameApproverDecidesTwice()
    {
        var request = New(ApprovalPolicy.All, 2, 3);
        request.Decide(2, approve: true, null, Today, Now);

        var again = request.Decide(2, approve: false, "changed my mind", Today, Now);

        Assert.Equal("approval.decided", again.Error?.Code);
        Assert.Single(request.Decisions);
    }

    [Fact]
    public void Decide_IsRefused_WhenPastDueDate()
    {
        var request = New(ApprovalPolicy.Any, 2);

        var late = request.Decide(2, approve: true, null, Today.AddDays(2), Now.AddDays(2));

        Assert.True(request.IsExpired(Today.AddDays(2)));
        Assert.Equal("approval.decided", late.Error?.Code);
    }

    [Theory]
    [InlineData("", "approval.subject")]
    [InlineData("two\nlines", "approval.subject")]
    public void Create_IsRefused_WhenSubjectInvalid(string subject, string code) =>
        Assert.Equal(code, ApprovalRequest.Create(Draft(subject, [2]), 1, new ApprovalId(1), Today, Now).Error?.Code);

    [Fact]
    public void Create_IsRefused_WithoutApprovers() =>
        Assert.Equal("approval.approvers", ApprovalRequest.Create(Draft("Move launch", []), 1, new ApprovalId(1), Today, Now).Error?.Code);

    [Theory]
    [InlineData("A-3", 3)]
    [InlineData("a-12", 12)]
    public void ApprovalId_Parses(string text, int number) => Assert.Equal(number, ApprovalId.Parse(text).Value.Number);

    [Theory]
    [InlineData("3")]
    [InlineData("A-")]
    [InlineData("R-3")]
    public void ApprovalId_RefusesOtherText(string text) => Assert.False(ApprovalId.Parse(text).IsSuccess);

    private static ApprovalRequest New(ApprovalPolicy policy, params long[] approvers) =>
        ApprovalRequest.Create(Draft("Move launch", approvers, policy, Today.AddDays(1)), 1, new ApprovalId(1), Today, Now).Value;

    private static ApprovalDraft Draft(string subject, long[] approvers, ApprovalPolicy policy = ApprovalPolicy.Any, DateOnly? due = null) =>
        new(ApprovalKind.Schedule, subject, null, 1, approvers, policy, due);
}
