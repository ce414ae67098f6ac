using System.Globalization;

namespace ProgramBot.Application.Tests.Parsing;

/// <summary>
/// Random valid lines of the risk, progress, approval, digest and workspace commands, option order shuffled,
/// with free text drawn from awkward words: each line must parse, and its canonical form must parse
/// back to the same command.
/// </summary>
internal sealed class RandomMoreCommandLines(int seed)
{
    private static readonly string[] Words =
    [
        "Vendor", "late", "the", "API", "R&D", "&lt;", "say\"hi", "überfällig", "2026-12-18", "x:y", "#1", "50%", "ok", "\u00BFqu\u00E9?",
    ];

    private static readonly string[] Keys = ["WEB", "API", "APOLLO", "X1"];
    private static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC", "Pacific/Auckland"];
    private static readonly string[] Days = ["mon", "tue", "wednesday", "fri", "sun"];

    private readonly Random _random = new(seed);

    public string Next() => _random.Next(13) switch
    {
        0 => Line("risk add", Text(), Maybe(Scope), Maybe(() => "p:" + Scale()), Maybe(() => "i:" + Scale()), Maybe(() => "owner:@" + Handle()),
            Maybe(() => "mitigation:\"" + Text() + "\""), Maybe(() => "review:" + Date())),
        1 => Line("risk update", RiskId(), "p:" + Scale(), Maybe(() => "i:" + Scale()), Maybe(() => "owner:@" + Handle()), Maybe(() => "review:" + Date())),
        2 => Line("risk close", RiskId(), Text()),
        3 => Line("risk list", Maybe(Scope), Maybe(() => Pick(["all", "top"]))),
        4 => Line("risk bands", "4", "9", "15", Maybe(() => "escalate:" + _random.Next(1, 26).ToString(CultureInfo.InvariantCulture))),
        5 => Line("progress", Pick(["#" + Pick(Keys), TaskId()]), Maybe(() => _random.Next(0, 101).ToString(CultureInfo.InvariantCulture) + "%"),
            Maybe(() => "rag:" + Pick(["green", "amber", "red"])), Maybe(Text)),
        6 => Line("approval request", Pick(["scope", "schedule", "budget", "risk", "milestone", "other"]), Text(), Maybe(() => "#" + Pick(Keys)),
            "approvers:@" + Handle() + Maybe(() => ",@" + Handle()), Maybe(() => "policy:" + Pick(["any", "all"])), Maybe(() => "due:" + Date())),
        7 => Line("approval show", "A-" + Number()),
        8 => Line("digest subscribe", Maybe(Scope), Schedule()),
        9 => Line("digest now", Maybe(Scope)),
        10 => Line("digest unsubscribe", "D-" + Number()),
        11 => Line(Pick(["workspace admin", "WORKSPACE Admin"]), Pick(["@" + Handle(), "<at>" + Pick(["Bob", "R&D Team", "Zoë O'Neil"]) + "</at>", "<@U0002|bob>", "me"]),
            Maybe(() => Pick(["off", "OFF"]))),
        _ => Pick(["approvals", "approvals mine", "digest list", "risk new", "approval new", "workspace admins"]),
    };

    private static string Line(string verb, params string?[] parts) => string.Join(' ', new[] { verb }.Concat(parts.Where(p => p is not null)));

    private string Schedule() => _random.Next(4) switch
    {
        0 => Line("daily", Time(), Maybe(() => "tz:" + Pick(Zones))),
        1 => Line("weekdays", "at", Time(), Maybe(() => "tz:" + Pick(Zones))),
        2 => Line("weekly", Pick(Days), Time(), Maybe(() => "tz:" + Pick(Zones))),
        _ => Line("cron", "\"" + _random.Next(60).ToString(CultureInfo.InvariantCulture) + " " + _random.Next(24).ToString(CultureInfo.InvariantCulture) + " * * 1-5\"", Maybe(() => "tz:" + Pick(Zones))),
    };

    private string Scope() => _random.Next(2) == 0 ? "#" + Pick(Keys) : "program:" + Pick(Keys);

    private string Text() => string.Join(' ', Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Pick(Words)));

    private string Handle() => Pick(["alice", "bob.smith", "carol_d", "dan-1"]);

    private string Scale() => _random.Next(1, 6).ToString(CultureInfo.InvariantCulture);

    private string Number() => _random.Next(1, 100_000).ToString(CultureInfo.InvariantCulture);

    private string RiskId() => "R-" + Number();

    private string TaskId() => Pick(Keys) + "-" + Number();

    private string Time() => string.Create(CultureInfo.InvariantCulture, $"{_random.Next(24):D2}:{_random.Next(60):D2}");

    private string Date() => Parsed.Today.AddDays(_random.Next(1, 400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string? Maybe(Func<string> make) => _random.Next(2) == 0 ? make() : null;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
