using ProgramBot.Application.Views;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Bot.Tests.Cards.Builders;

internal sealed class ApprovalViewBuilder
{
    public static readonly DateTimeOffset Created = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly List<ApproverView> approvers = [];
    private string subject = "Move launch to April";
    private ApprovalStatus status = ApprovalStatus.Pending;
    private ApprovalPolicy policy = ApprovalPolicy.All;
    private TimeZoneInfo zone = TimeZoneInfo.Utc;

    public ApprovalViewBuilder WithSubject(string value) { subject = value; return this; }

    public ApprovalViewBuilder WithStatus(ApprovalStatus value) { status = value; return this; }

    public ApprovalViewBuilder WithPolicy(ApprovalPolicy value) { policy = value; return this; }

    public ApprovalViewBuilder WithTimeZone(TimeZoneInfo value) { zone = value; return this; }

    public ApprovalViewBuilder WithApprover(string name, string channelId, bool? decision = null, string? comment = null, DateTimeOffset? at = null)
    {
        approvers.Add(new ApproverView(name, channelId, decision, comment, decision is null ? null : at ?? Created.AddHours(5)));
        return this;
    }

    public ApprovalViewBuilder WithApprovers(int count, string comment)
    {
        for (var i = 1; i <= count; i++)
        {
            WithApprover($"Approver {i}", $"29:user-{i}", i % 3 == 0 ? null : i % 2 == 0, comment);
        }

        return this;
    }

    public ApprovalView Build() => new(
        "A-3", ApprovalKind.Schedule, subject, "WEB", "Carol", policy, status, new DateOnly(2026, 3, 20), Created,
        [.. approvers], [.. approvers.Where(a => a.Decision is null).Select(a => a.ChannelUserId)], zone);
}
