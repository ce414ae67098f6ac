namespace ProgramBot.Application.Abstractions;

/// <summary>
/// A verified channel request as the inbox keeps it: the team, the kind of request, the key that is
/// unique per request within the team (Slack's <c>event_id</c> for an event), the payload as JSON
/// text, and when it arrived.
/// </summary>
public sealed record InboxRequest(string Team, string Kind, string Key, string Payload, DateTimeOffset ReceivedAt);
