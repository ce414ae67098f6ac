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
/// unique per request within the team (the event's <c>event_id</c>, or made when the request arrived) and
/// becomes the id of its activity, so that running it again changes nothing twice; <see cref="Attempt"/>
/// is 1 the first time and more when the request is run again after a failure or a stopped process.
/// </summary>
public sealed record SlackInbound(SlackInboundKind Kind, string Team, string Key, JsonObject Payload, int Attempt = 1);
