namespace ProgramBot.Application.Tests.Parsing;

/// <summary>Random command lines from a vocabulary of verbs, options, mentions, dates and garbage.</summary>
internal sealed class RandomCommandLines(int seed)
{
    private static readonly string[] Prefixes =
    [
        "task add", "task add", "task add", "task list", "task show", "task start", "task done", "task block",
        "task assign", "task due", "task new", "task", "project new", "project list", "project status",
        "project bind", "program new", "program list", "help", "?", "risk add", "TASK ADD", "", "task xyz",
        "workspace admin", "workspace admins",
    ];

    private static readonly string[] Vocabulary =
    [
        "Fix", "login", "timeout", "the", "page", "Fix:", "http://x.io/a?b=c", "#1", "#WEB", "#web", "#API", "web",
        "WEB-42", "web-7", "WEB-0", "API-1", "@alice", "@Bob", "@", "@alice,", "me", "mine", "overdue", "blocked", "off",
        "<at>Alice Smith</at>", "<at>Bob</at>", "<at>", "</at>", "<at></at>", "<@U123>", "<@U9|carol>", "<@", "<@>",
        "due:fri", "due:next", "due:in", "due:end", "due:", "due:someday", "due:\"in 3 days\"", "due:2026-12-18",
        "next", "week", "in", "3", "days", "end", "of", "month", "tomorrow", "tmr", "eom", "eow", "2026-02-30",
        "p:high", "p:MED", "p:zzz", "priority:crit", "p:", "pm:@dana", "pm:<at>Dana Lee</at>", "pm:me", "pm:x",
        "program:APOLLO", "program:1", "start:mon", "end:eom", "end:in", "objective:Grow", "objective:\"Grow sales\"",
        "objective:", "\"quoted words\"", "\"", "\u201C", "\u201D", "\u201Ccurly words\u201D", "\"\"",
        "&amp;", "&lt;at&gt;", "&quot;", "&nbsp;", "&#39;", "&amp;lt;", "\u0000", "\n", "\t", "\u001b[31m", "\u200B",
        "\uD83D\uDE00", "\uD800", "ünïcödé", "'", "`", "\\", "%", ":", "::", "a:b:c", new string('x', 60),
    ];

    private static readonly string[] Separators = [" ", " ", " ", "  ", "\t", "", "\u00A0"];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var parts = new List<string> { Prefixes[_random.Next(Prefixes.Length)] };
        var count = _random.Next(0, 9);
        for (var i = 0; i < count; i++)
        {
            parts.Add(Separators[_random.Next(Separators.Length)]);
            parts.Add(Vocabulary[_random.Next(Vocabulary.Length)]);
        }

        return string.Concat(parts);
    }
}
