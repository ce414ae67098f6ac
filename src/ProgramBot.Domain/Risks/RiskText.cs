using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.Risks;

/// <summary>Rules for a risk's free text: one line for titles, a paragraph for mitigation and notes.</summary>
public static class RiskText
{
    public const int MaxNoteLength = 1000;

    public static Result<string?> Note(string? text, string what)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed is { Length: > MaxNoteLength })
        {
            return new Error("risk.text", $"Keep the {what} to {MaxNoteLength} characters.");
        }

        return trimmed is not null && trimmed.Any(c => char.IsControl(c) && c != '\n')
            ? new Error("risk.text", $"The {what} can't contain control characters.")
            : trimmed;
    }
}
