using System.IdentityModel.Tokens.Jwt;

namespace ProgramBot.Web.Endpoints;

/// <summary>
/// Recognises an Authorization header whose token cannot even be parsed as a JWT. The SDK's
/// validator throws a plain ArgumentException for those, which would surface as a 500.
/// </summary>
public static class BearerToken
{
    public static bool IsUnreadable(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return false;
        }

        var parts = authorization.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            _ = new JwtSecurityToken(parts[1]);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
