using System.Globalization;
using System.Text.RegularExpressions;
using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.WorkItems;

/// <summary>A task's id: its project key and its number in that project, such as <c>WEB-42</c>.</summary>
public readonly partial record struct WorkItemId(EntityKey ProjectKey, int Number)
{
    public static Result<WorkItemId> Parse(string? text)
    {
        var match = IdPattern().Match((text ?? string.Empty).Trim());
        if (!match.Success
            || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1)
        {
            return new Error("task.id.invalid", $"'{text}' is not a task id; task ids look like WEB-42.");
        }

        var key = EntityKey.Parse(match.Groups[1].Value, "project");
        return key.IsSuccess ? new WorkItemId(key.Value, number) : key.Error!;
    }

    public static bool LooksLikeId(string text) => IdPattern().IsMatch(text);

    public override string ToString() => $"{ProjectKey.Value}-{Number.ToString(CultureInfo.InvariantCulture)}";

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9]{1,9})-([0-9]{1,9})$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
