using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Views;

/// <summary>One approver and where they stand: Decision is null while they have not decided.</summary>
public sealed record ApproverView(string Name, string ChannelUserId, bool? Decision, string? Comment, DateTimeOffset? DecidedAt);

/// <summary>
/// An approval request as everyone sees it. <see cref="PendingApproverIds"/> are the channel user
/// ids of approvers who may still decide (a card shows them the buttons); times are shown in
/// <see cref="TimeZone"/>, the viewer's zone.
/// </summary>
public sealed record ApprovalView(
    string Id,
    ApprovalKind Kind,
    string Subject,
    string? ProjectKey,
    string RequesterName,
    ApprovalPolicy Policy,
    ApprovalStatus Status,
    DateOnly? Due,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ApproverView> Approvers,
    IReadOnlyList<string> PendingApproverIds,
    TimeZoneInfo TimeZone) : View
{
    /// <summary>
    /// The approval's version as this view shows it: the number of decisions recorded, as each one changes the
    /// card. A posted copy is up to date when it shows the approval's current version.
    /// </summary>
    public int Version => Approvers.Count(a => a.Decision is not null);
}
