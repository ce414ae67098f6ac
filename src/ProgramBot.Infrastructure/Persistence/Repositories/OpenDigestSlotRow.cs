using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>A row of <c>digest_slots</c> whose attempt is open, with whether its subscription still exists.</summary>
internal sealed class OpenDigestSlotRow
{
    public long WorkspaceId { get; set; }

    public long Number { get; set; }

    public DateTimeOffset Slot { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    public long Claims { get; set; }

    public long Subscribed { get; set; }

    public OpenDigestSlot ToOpenSlot() => new(WorkspaceId, (int)Number, Slot, ClaimedAt, (int)Claims, Subscribed != 0);
}
