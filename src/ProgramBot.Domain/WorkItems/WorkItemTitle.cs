using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.WorkItems;

/// <summary>Rules for a task's title.</summary>
public static class WorkItemTitle
{
    public const int MaxLength = 200;

    public static Result<string> Validate(string? title)
    {
        var trimmed = (title ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return new Error("task.title.empty", "A task needs a title.");
        }

        if (trimmed.Length > MaxLength)
        {
            return new Error(
                "task.title.too_long",
                $"That title has {trimmed.Length} characters; keep it to {MaxLength}.");
        }

        if (trimmed.Any(char.IsControl))
        {
            return new Error("task.title.control", "A title can't contain line breaks or control characters.");
        }

        return trimmed;
    }
}
