namespace ProgramBot.Domain.Workspaces;

/// <summary>One Teams tenant or one Slack team. Every other row belongs to exactly one workspace.</summary>
public sealed record Workspace(long Id, string ExternalId, string DefaultTimeZone, DateTimeOffset CreatedAt);
