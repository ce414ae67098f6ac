using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.Projects;

/// <summary>Rules for the name of a project or program.</summary>
public static class ProjectName
{
    public const int MaxLength = 100;

    public static Result<string> Validate(string? name, string what)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return new Error($"{what}.name.empty", $"A {what} needs a name.");
        }

        if (trimmed.Length > MaxLength || trimmed.Any(char.IsControl))
        {
            return new Error($"{what}.name.invalid", $"Keep the {what} name to one line of at most {MaxLength} characters.");
        }

        return trimmed;
    }
}
