namespace ProgramBot.Cli;

/// <summary>The machine's time zone as an IANA id (Windows ids are converted).</summary>
internal static class LocalTimeZone
{
    public static string IanaId()
    {
        TimeZoneInfo local = TimeZoneInfo.Local;
        if (local.HasIanaId)
        {
            return local.Id;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(local.Id, out string? iana) ? iana : "Etc/UTC";
    }
}
