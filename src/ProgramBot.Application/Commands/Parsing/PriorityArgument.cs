using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Reads <c>p:high</c> / <c>priority:crit</c>.</summary>
internal static class PriorityArgument
{
    public static Result<Priority> Read(Token option) => option.Text.ToLowerInvariant() switch
    {
        "low" => Priority.Low,
        "medium" or "med" => Priority.Medium,
        "high" => Priority.High,
        "critical" or "crit" => Priority.Critical,
        _ => ParseFailure.Error(
            "priority.invalid",
            $"'{ParseFailure.Shown(option.Text)}' is not a priority; use low, medium, high or critical."),
    };
}
