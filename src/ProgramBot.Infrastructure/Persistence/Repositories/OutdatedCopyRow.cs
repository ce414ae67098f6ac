using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>A row of <c>approval_messages</c> behind its approval, with its workspace's zone.</summary>
internal sealed class OutdatedCopyRow
{
    public long WorkspaceId { get; set; }

    public long Number { get; set; }

    public string ChannelId { get; set; } = string.Empty;

    public string ServiceUrl { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    public string ActivityId { get; set; } = string.Empty;

    public string? TenantId { get; set; }

    public long TargetVersion { get; set; }

    public string WorkspaceZone { get; set; } = string.Empty;

    public OutdatedApprovalCopy ToCopy() => new(
        WorkspaceId, new ApprovalId((int)Number), new PostedMessage(ChannelId, ServiceUrl, ConversationId, ActivityId, TenantId), (int)TargetVersion, WorkspaceZone);
}
