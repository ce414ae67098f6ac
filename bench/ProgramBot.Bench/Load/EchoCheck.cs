using System.Text.Json;

namespace ProgramBot.Bench.Load;

/// <summary>
/// The baseline's answer is right when it echoes: the first <c>expectReplies</c> activity of a
/// message, or the message an invoke response carries, starts with <c>echo: </c>.
/// </summary>
internal static class EchoCheck
{
    public const string Prefix = "echo: ";

    public static string? Check(ReadOnlySpan<byte> response)
    {
        var text = ActivityJson.FirstReplyText(response) ?? InvokeMessage(response);
        return text is null ? "no echo in the response"
            : text.StartsWith(Prefix, StringComparison.Ordinal) ? null
            : "unexpected echo: " + text[..Math.Min(text.Length, 200)];
    }

    private static string? InvokeMessage(ReadOnlySpan<byte> response)
    {
        var reader = new Utf8JsonReader(response);
        if (!JsonDocument.TryParseValue(ref reader, out var document))
        {
            return null;
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
    }
}
