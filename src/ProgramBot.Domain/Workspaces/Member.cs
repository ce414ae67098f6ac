namespace ProgramBot.Domain.Workspaces;

/// <summary>
/// A person in a workspace, known by the id the channel gives them (Teams or Slack user id). A
/// workspace admin may manage workspace-wide settings and digests, and grant or revoke admin.
/// </summary>
public sealed record Member(
    long Id,
    long WorkspaceId,
    string ChannelUserId,
    string Name,
    string Handle,
    string? TimeZone,
    DateTimeOffset CreatedAt,
    bool IsAdmin = false);
