using System.Globalization;
using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.Approvals;

/// <summary>An approval request's id in its workspace, such as <c>A-3</c>.</summary>
public readonly record struct ApprovalId(int Number)
{
    public static Result<ApprovalId> Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        return trimmed.Length > 2 && (trimmed[0] is 'A' or 'a') && trimmed[1] == '-'
            && int.TryParse(trimmed.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? new ApprovalId(number)
            : new Error("approval.id.invalid", $"'{text}' is not an approval id; approval ids look like A-3.");
    }

    public override string ToString() => "A-" + Number.ToString(CultureInfo.InvariantCulture);
}
