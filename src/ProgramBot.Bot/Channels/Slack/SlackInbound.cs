using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Channels.Slack;

public enum SlackInboundKind
{
    /// <summary>A slash command; the payload holds its form fields.</summary>
    Command,

    /// <summary>An Events API <c>event_callback</c>.</summary>
    Event,

    /// <summary>An interaction (<c>block_actions</c>, <c>view_submission</c>): the form's <c>payload</c>.</summary>
    Interaction,
}

/// <summary>
/// A verified Slack request from a workspace that is installed, as a worker runs it: <see cref="Key"/> is
/// unique per request within the team (an event's <c>event_id</c>, a command's or interaction's <c>trigger_id</c>,
/// or one made when a request with neither arrived) and
/// becomes the id of its activity, so that running it again changes nothing twice; <see cref="Attempt"/>
/// is 1 the first time and more when the request is run again after a failure or a stopped process.
/// </summary>
public sealed record SlackInbound(SlackInboundKind Kind, string Team, string Key, JsonObject Payload, int Attempt = 1);
