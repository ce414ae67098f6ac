using System.Globalization;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>A digest_subscriptions row as Dapper reads it.</summary>
internal sealed class DigestSubscriptionRow
{
    public long WorkspaceId { get; set; }

    public int Number { get; set; }

    public string ConversationId { get; set; } = string.Empty;

    public DigestScopeKind ScopeKind { get; set; }

    public long? ProgramId { get; set; }

    public long? ProjectId { get; set; }

    public string ScheduleKind { get; set; } = string.Empty;

    public int? ScheduleDay { get; set; }

    public string? ScheduleCron { get; set; }

    public string ScheduleAt { get; set; } = "09:00";

    public string ScheduleZone { get; set; } = "UTC";

    public long CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSlot { get; set; }

    public string? LastSnapshot { get; set; }

    public string? FailingReason { get; set; }

    public long ToStakeholders { get; set; }

    public DigestSubscription ToDomain() => new(
        WorkspaceId, Number, ConversationId, new DigestScope(ScopeKind, ProgramId, ProjectId),
        new ScheduleSpec(ScheduleKind, (DayOfWeek?)ScheduleDay, ScheduleCron, TimeOnly.ParseExact(ScheduleAt, "HH:mm", CultureInfo.InvariantCulture), ScheduleZone),
        CreatedBy, CreatedAt, LastSlot, LastSnapshot, FailingReason, ToStakeholders != 0);
}
