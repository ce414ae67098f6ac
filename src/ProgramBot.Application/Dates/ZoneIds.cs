namespace ProgramBot.Application.Dates;

/// <summary>Checks IANA zone ids that clients send, which may be missing or made up.</summary>
public static class ZoneIds
{
    public static bool IsKnown(string? zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId) || zoneId.Length > 64)
        {
            return false;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out _);
    }
}
