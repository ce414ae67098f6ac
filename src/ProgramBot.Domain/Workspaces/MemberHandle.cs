using System.Text;

namespace ProgramBot.Domain.Workspaces;

/// <summary>
/// The handle people type after <c>@</c> for a member: the display name, lower case, with
/// spaces removed ("Alice Smith" → <c>alicesmith</c>).
/// </summary>
public static class MemberHandle
{
    public static string From(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var builder = new StringBuilder(displayName.Length);
        foreach (var c in displayName.Trim().TrimStart('@'))
        {
            if (char.IsLetterOrDigit(c) || c is '.' or '_' or '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
