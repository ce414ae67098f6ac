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

/// <summary>A verified Slack request waiting for a worker, from a workspace that is installed.</summary>
public sealed record SlackInbound(SlackInboundKind Kind, string Team, JsonObject Payload);
