using System.Globalization;
using Cronos;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Digests.Schedules;

/// <summary>
/// When a digest goes out: a kind, a wall-clock time of day and the subscriber's IANA zone.
/// Slots follow the subscriber's local clock through daylight saving; the server's zone never matters.
/// </summary>
/// <remarks>
/// A cron schedule uses the expression's own minutes and hours, so <see cref="At"/> is ignored for it.
/// </remarks>
public sealed record DigestSchedule
{
    /// <summary>09:00, the time of day when none is given.</summary>
    public static readonly TimeOnly DefaultAt = new(9, 0);

    private readonly TimeZoneInfo _zone;
    private readonly CronExpression? _cron;

    private DigestSchedule(DigestScheduleKind kind, DayOfWeek? day, CronExpression? cron, string? cronText, TimeOnly at, TimeZoneInfo zone)
    {
        Kind = kind;
        Day = day;
        _cron = cron;
        CronText = cronText;
        At = at;
        _zone = zone;
    }

    public DigestScheduleKind Kind { get; }

    /// <summary>The weekday of a <see cref="DigestScheduleKind.Weekly"/> schedule; null otherwise.</summary>
    public DayOfWeek? Day { get; }

    /// <summary>The cron expression as given (trimmed) for a <see cref="DigestScheduleKind.Cron"/> schedule; null otherwise.</summary>
    public string? CronText { get; }

    /// <summary>The local time of day; ignored by cron schedules.</summary>
    public TimeOnly At { get; }

    /// <summary>The subscriber's IANA zone id.</summary>
    public string ZoneId => _zone.Id;

    /// <summary>Validates the parts and builds a schedule, or says in a sentence what is wrong.</summary>
    public static Result<DigestSchedule> Create(DigestScheduleKind kind, DayOfWeek? day, string? cron, TimeOnly at, string zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId) || zoneId.Length > 64
            || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId.Trim(), out var zone))
        {
            return DigestScheduleErrors.UnknownZone(zoneId ?? string.Empty);
        }

        if (day is not null && (kind != DigestScheduleKind.Weekly || !Enum.IsDefined(day.Value)))
        {
            return kind == DigestScheduleKind.Weekly ? DigestScheduleErrors.UnknownDay(day.Value.ToString()) : DigestScheduleErrors.DayNotAllowed();
        }

        if (cron is not null && kind != DigestScheduleKind.Cron)
        {
            return DigestScheduleErrors.CronNotAllowed();
        }

        return kind switch
        {
            DigestScheduleKind.Daily or DigestScheduleKind.Weekdays => new DigestSchedule(kind, null, null, null, at, zone),
            DigestScheduleKind.Weekly when day is null => DigestScheduleErrors.MissingDay(),
            DigestScheduleKind.Weekly => new DigestSchedule(kind, day, null, null, at, zone),
            DigestScheduleKind.Cron => CronSchedules.Parse(cron).Map(parsed => new DigestSchedule(kind, null, parsed, cron!.Trim(), at, zone)),
            _ => DigestScheduleErrors.UnknownKind(kind.ToString()),
        };
    }

    /// <summary>
    /// The first slot strictly after <paramref name="utcInstant"/>, as UTC; null only for a cron
    /// expression with no further match. A slot in a spring-forward gap fires when the gap ends;
    /// a slot in a fall-back hour fires once, at its first occurrence.
    /// </summary>
    public DateTimeOffset? NextAfter(DateTimeOffset utcInstant)
    {
        if (_cron is not null)
        {
            var next = _cron.GetNextOccurrence(utcInstant.UtcDateTime, _zone);
            return next is { } utc ? new DateTimeOffset(utc, TimeSpan.Zero) : null;
        }

        // Start a day early: near a fall-back the local date of a slot can trail the instant's.
        var date = ZonedTime.LocalDate(utcInstant, _zone).AddDays(-1);
        for (var i = 0; i < 10; i++, date = date.AddDays(1))
        {
            if (FiresOn(date.DayOfWeek) && ZonedTime.ToUtc(date, At, _zone) is var slot && slot > utcInstant)
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>For people: "weekly on Monday at 09:00 (Europe/Berlin)".</summary>
    public string Describe()
    {
        var time = At.ToString("HH:mm", CultureInfo.InvariantCulture);
        return Kind switch
        {
            DigestScheduleKind.Weekdays => $"weekdays (Monday to Friday) at {time} ({ZoneId})",
            DigestScheduleKind.Weekly => $"weekly on {Day} at {time} ({ZoneId})",
            DigestScheduleKind.Cron => $"cron \"{CronText}\" ({ZoneId})",
            _ => $"daily at {time} ({ZoneId})",
        };
    }

    /// <summary>As command words that <see cref="DigestScheduleParser"/> reads back to an equal schedule.</summary>
    public string Format()
    {
        var time = At.ToString("HH:mm", CultureInfo.InvariantCulture);
        return Kind switch
        {
            DigestScheduleKind.Weekdays => $"weekdays at {time} tz:{ZoneId}",
            DigestScheduleKind.Weekly => $"weekly {Day?.ToString().ToLowerInvariant()} at {time} tz:{ZoneId}",
            DigestScheduleKind.Cron => $"cron \"{CronText}\" tz:{ZoneId}",
            _ => $"daily at {time} tz:{ZoneId}",
        };
    }

    public override string ToString() => Describe();

    private bool FiresOn(DayOfWeek localDay) => Kind switch
    {
        DigestScheduleKind.Weekdays => localDay is not (DayOfWeek.Saturday or DayOfWeek.Sunday),
        DigestScheduleKind.Weekly => localDay == Day,
        _ => true,
    };
}
