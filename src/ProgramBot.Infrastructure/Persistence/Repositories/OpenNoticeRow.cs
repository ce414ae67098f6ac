using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Approvals;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>A row of <c>approval_notices</c> still to send.</summary>
internal sealed class OpenNoticeRow
{
    public long WorkspaceId { get; set; }

    public long Number { get; set; }

    public string ChannelUserId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateTimeOffset? ClaimedAt { get; set; }

    public long Claims { get; set; }

    public OpenApprovalNotice ToNotice() =>
        new(WorkspaceId, new ApprovalId((int)Number), new RequesterNotice(Name, ChannelUserId, Text), ClaimedAt, (int)Claims);
}
