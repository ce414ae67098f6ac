using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>A <c>notice_deliveries</c> row as Dapper reads it.</summary>
internal sealed class NoticeDeliveryRow
{
    public DateTimeOffset ClaimedAt { get; set; }

    public long Claims { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public long Delivered { get; set; }

    public string? Outcome { get; set; }

    public NoticeDelivery ToDelivery() => new(ClaimedAt, (int)Claims, CompletedAt, Delivered != 0, Outcome);
}
