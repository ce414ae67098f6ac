using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>A row of <c>slack_inbox</c> as a claim returns it.</summary>
internal sealed class SlackInboxRow
{
    public long Id { get; set; }

    public string Team { get; set; } = string.Empty;

    public string Kind { get; set; } = string.Empty;

    public string DeliveryKey { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; set; }

    public long Attempts { get; set; }

    public long Run { get; set; }

    public string ClaimedBy { get; set; } = string.Empty;

    public ClaimedInboxRequest ToClaimed() => new(Id, new InboxRequest(Team, Kind, DeliveryKey, Payload, ReceivedAt), (int)Attempts, ClaimedBy, (int)Run);
}
