using Cronos;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Digests.Schedules;

/// <summary>
/// Reads standard five-field cron expressions through Cronos. Cronos follows Vixie cron through
/// daylight saving: a match in a spring-forward gap fires when the gap ends, and a fixed-time match
/// (no <c>*</c>, range or step in minute or hour) fires once in a fall-back hour, at its first
/// occurrence — the same rules as the other kinds. Unlike them, an interval expression such as
/// <c>*/30 * * * *</c> also fires during the repeated hour, so it is not skipped.
/// </summary>
internal static class CronSchedules
{
    private const int MaxLength = 100;

    /// <summary>A fixed start to test that an expression ever fires (Cronos searches up to year 2499).</summary>
    private static readonly DateTime Probe = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static Result<CronExpression> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DigestScheduleErrors.MissingCron();
        }

        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength)
        {
            return DigestScheduleErrors.BadCron(trimmed[..MaxLength]);
        }

        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(trimmed, CronFormat.Standard);
        }
        catch (CronFormatException)
        {
            // Cronos reports bad input only by throwing; here it is an expected refusal.
            return DigestScheduleErrors.BadCron(trimmed);
        }

        return expression.GetNextOccurrence(Probe) is null
            ? DigestScheduleErrors.CronNeverFires(trimmed)
            : expression;
    }
}
