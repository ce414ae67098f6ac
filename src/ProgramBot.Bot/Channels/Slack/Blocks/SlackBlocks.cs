using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>
/// Builds a Block Kit message within Slack's limits: never more than 50 blocks (room is kept for the
/// buttons), section text at most 3,000 characters, and lists cut to their first rows with "+N more".
/// Text given to it is mrkdwn already escaped by <see cref="SlackText"/>.
/// </summary>
public sealed class SlackBlocks
{
    private readonly List<JsonObject> _blocks = [];
    private readonly JsonArray _buttons = [];

    public int Count => _blocks.Count + (_buttons.Count > 0 ? 1 : 0);

    public SlackBlocks Header(string plainText) =>
        Add(new JsonObject { ["type"] = "header", ["text"] = PlainText(Teams.Cards.CardText.Cut(plainText, SlackLimits.HeaderChars)) });

    public SlackBlocks Section(string mrkdwn) =>
        Add(new JsonObject { ["type"] = "section", ["text"] = Mrkdwn(SlackText.Fit(mrkdwn, SlackLimits.SectionChars)) });

    /// <summary>Label / value pairs as a two-column section (at most ten; empty values are left out).</summary>
    public SlackBlocks Fields(params (string Label, string? Value)[] fields)
    {
        var shown = fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Take(SlackLimits.MaxFields)
            .Select(f => (JsonNode)Mrkdwn(SlackText.Fit($"*{f.Label}*\n{f.Value}", SlackLimits.FieldChars)));
        var array = new JsonArray([.. shown]);
        return array.Count == 0 ? this : Add(new JsonObject { ["type"] = "section", ["fields"] = array });
    }

    public SlackBlocks Context(string mrkdwn) =>
        Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn(SlackText.Fit(mrkdwn, SlackLimits.SectionChars))) });

    public SlackBlocks Divider() => Add(new JsonObject { ["type"] = "divider" });

    /// <summary>
    /// The first rows of a list, at most <paramref name="maxRows"/>, in sections of up to 3,000 characters
    /// (at most <paramref name="maxSections"/>), then "+N more" for the rest of <paramref name="total"/>.
    /// </summary>
    public SlackBlocks List<T>(IReadOnlyList<T> items, Func<T, string> row, int total, int maxRows = SlackLimits.MaxRows, int maxSections = 1)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(row);
        const int reserve = 40;
        var text = new StringBuilder();
        var (shown, sections) = (0, 0);
        foreach (var item in items.Take(maxRows))
        {
            var line = SlackText.Fit(row(item), SlackLimits.SectionChars / 3);
            if (text.Length + line.Length + 1 > SlackLimits.SectionChars - reserve)
            {
                if (++sections >= maxSections)
                {
                    break;
                }

                Section(text.ToString());
                text.Clear();
            }

            text.Append(text.Length == 0 ? string.Empty : "\n").Append(line);
            shown++;
        }

        var more = Math.Max(total, items.Count) - shown;
        if (more > 0)
        {
            text.Append(text.Length == 0 ? string.Empty : "\n").Append(string.Create(CultureInfo.InvariantCulture, $"_+{more} more_"));
        }

        return text.Length == 0 ? this : Section(text.ToString());
    }

    /// <summary>A button whose <c>action_id</c> is our card verb and whose value is the id it acts on.</summary>
    public SlackBlocks Button(string text, string actionId, string value, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = PlainText(Teams.Cards.CardText.Cut(text, SlackLimits.ButtonChars)),
            ["action_id"] = actionId,
            ["value"] = value,
        };
        if (style is not null)
        {
            button["style"] = style;
        }

        _buttons.Add(button);
        return this;
    }

    /// <summary>The blocks; past the limit the last ones give way to a pointer at the message text, buttons kept.</summary>
    public JsonArray Build()
    {
        var room = SlackLimits.MaxBlocks - (_buttons.Count > 0 ? 1 : 0);
        var blocks = _blocks.Count <= room
            ? _blocks
            : [.. _blocks.Take(room - 1), new JsonObject
            {
                ["type"] = "context",
                ["elements"] = new JsonArray(Mrkdwn("More in the text of this message.")),
            }];
        var array = new JsonArray([.. blocks.Select(b => (JsonNode)b.DeepClone())]);
        if (_buttons.Count > 0)
        {
            array.Add(new JsonObject { ["type"] = "actions", ["elements"] = _buttons.DeepClone() });
        }

        return array;
    }

    public static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };

    public static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    private SlackBlocks Add(JsonObject block)
    {
        _blocks.Add(block);
        return this;
    }
}
