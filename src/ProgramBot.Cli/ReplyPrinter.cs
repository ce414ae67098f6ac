using System.Text.Json.Nodes;

namespace ProgramBot.Cli;

/// <summary>Writes the bot's reply activities as <c>bot&gt;</c> lines.</summary>
internal sealed class ReplyPrinter
{
    private const string Prompt = "bot> ";
    private const string Indent = "     ";
    private readonly TextWriter _out;

    public ReplyPrinter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _out = output;
    }

    public void Print(IReadOnlyList<JsonObject> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (JsonObject activity in activities)
        {
            // Typing indicators and other events carry nothing to read.
            if ((JsonRead.String(activity, "type") ?? "message") != "message")
            {
                continue;
            }

            if (JsonRead.String(activity, "text") is { Length: > 0 } text)
            {
                WriteBlock(Prompt, text);
            }

            if (activity["attachments"] is JsonArray attachments)
            {
                foreach (JsonNode? attachment in attachments)
                {
                    PrintAttachment(attachment);
                }
            }

            if (activity["suggestedActions"]?["actions"] is JsonArray suggested)
            {
                string choices = string.Join(" | ", suggested.Select(a => JsonRead.String(a, "title") ?? JsonRead.String(a, "value")));
                _out.WriteLine($"{Prompt}choices: {choices}");
            }
        }
    }

    private void PrintAttachment(JsonNode? attachment)
    {
        string contentType = JsonRead.String(attachment, "contentType") ?? "(no content type)";
        _out.WriteLine($"{Prompt}[attachment {contentType}]");
        if (contentType != AdaptiveCardText.ContentType)
        {
            return;
        }

        foreach (string line in AdaptiveCardText.Lines(attachment?["content"]))
        {
            WriteBlock(Indent + "  ", line);
        }
    }

    private void WriteBlock(string first, string text)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        _out.WriteLine(first + lines[0]);
        string rest = new(' ', first.Length);
        foreach (string line in lines.Skip(1))
        {
            _out.WriteLine(rest + line);
        }
    }
}
