namespace ProgramBot.Domain.Audit;

/// <summary>
/// An append-only record of who changed what and when. <see cref="Details"/> is a short JSON
/// object with the changed values; never message bodies or secrets.
/// </summary>
public sealed record AuditEvent(
    long WorkspaceId,
    long? ActorId,
    string EntityType,
    string EntityId,
    string Action,
    string Details,
    DateTimeOffset At);
