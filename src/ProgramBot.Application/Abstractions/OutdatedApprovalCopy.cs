using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Abstractions;

/// <summary>
/// A posted copy of an approval card that shows an older version than the approval has (see
/// <c>ApprovalView.Version</c>), and is not given up; <see cref="WorkspaceZone"/> is the zone its update is shown in.
/// </summary>
public sealed record OutdatedApprovalCopy(long WorkspaceId, ApprovalId Id, PostedMessage Message, int TargetVersion, string WorkspaceZone);
