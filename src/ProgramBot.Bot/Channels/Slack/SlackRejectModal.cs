using System.Text.Json.Nodes;
using ProgramBot.Bot.Channels.Slack.Blocks;
using ProgramBot.Bot.Channels.Teams.Cards;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// The modal Reject opens: it asks for the required comment and carries, in its private metadata, the
/// approval and the message the button was on, so the submission can decide and update that message.
/// </summary>
public static class SlackRejectModal
{
    public const string CallbackId = CardVerbs.ApprovalReject;
    public const string BlockId = "comment_block";

    public static JsonObject Build(string approvalId, string conversationId, string? messageTs)
    {
        var metadata = new JsonObject { ["id"] = approvalId, ["conversation"] = conversationId, ["ts"] = messageTs };
        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["private_metadata"] = metadata.ToJsonString(),
            ["title"] = SlackBlocks.PlainText(Teams.Cards.CardText.Cut("Reject " + approvalId, 24)),
            ["submit"] = SlackBlocks.PlainText("Reject"),
            ["close"] = SlackBlocks.PlainText("Cancel"),
            ["blocks"] = new JsonArray(new JsonObject
            {
                ["type"] = "input",
                ["block_id"] = BlockId,
                ["label"] = SlackBlocks.PlainText("Why are you rejecting it?"),
                ["element"] = new JsonObject
                {
                    ["type"] = "plain_text_input",
                    ["action_id"] = CardVerbs.CommentInputId,
                    ["multiline"] = true,
                    ["max_length"] = SlackLimits.TextChars,
                },
            }),
        };
    }

    /// <summary>The approval id, conversation and message ts a submission carries, and the comment typed.</summary>
    public static (string Id, string Conversation, string? Ts, string? Comment)? Read(JsonObject view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if ((string?)view["callback_id"] != CallbackId || (string?)view["private_metadata"] is not { Length: > 0 } raw
            || JsonNode.Parse(raw) is not JsonObject metadata || (string?)metadata["id"] is not { } id || (string?)metadata["conversation"] is not { } conversation)
        {
            return null;
        }

        var comment = (string?)view["state"]?["values"]?[BlockId]?[CardVerbs.CommentInputId]?["value"];
        return (id, conversation, (string?)metadata["ts"], comment);
    }
}
