using ProgramBot.Application.Commands;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tests.Parsing;

/// <summary>Random valid commands in canonical form (what the parser itself would produce).</summary>
internal sealed class RandomCommands(int seed)
{
    private static readonly string[] Words =
    [
        "Fix", "login", "page", "the", "API", "Fix:", "#1", "#WEB", "@bob", "me", "due:fri", "p:high", "pm:x",
        "\"q\"", "say\"hi", "\"open", "\u201Copen", "<at>Bob", "<at>x</at>", "<@U1>", "R&D", "&lt;", "&amp;nbsp;",
        "x:y", "milestone", "überfällig", "2026-12-18", "next", "week", "\u00BFqu\u00E9?",
    ];

    private static readonly string[] Keys = ["WEB", "API", "APOLLO", "X1", "ZZZZZZZZZZ"];

    private readonly Random _random = new(seed);

    public Command Next() => _random.Next(16) switch
    {
        0 => new HelpCommand(Pick([null, "task", "project", "program", "help", "task add", "project new", "workspace", "workspace admin"])),
        1 => new ProgramNewCommand(Key(), Text(1, 6), Maybe(() => Text(1, 8)), Maybe(Member)),
        2 => new ProgramListCommand(),
        3 => new ProjectNewCommand(Key(), Text(1, 6), Maybe(() => (EntityKey?)Key()), Maybe(Member), MaybeDate(), MaybeDate()),
        4 => new ProjectListCommand(),
        5 => new ProjectStatusCommand(Maybe(() => (EntityKey?)Key())),
        6 => new ProjectBindCommand(Key()),
        7 or 8 => new TaskAddCommand(
            Text(1, 10), Maybe(() => Member(allowMe: false)), MaybeDate(),
            Maybe(() => (Priority?)(Priority)_random.Next(4)), Maybe(() => (EntityKey?)Key()), _random.Next(2) == 0),
        9 => new TaskNewCommand(),
        10 => new TaskListCommand(Maybe(() => (EntityKey?)Key()), Maybe(Member), _random.Next(2) == 0, _random.Next(2) == 0),
        11 => new TaskShowCommand(Id()),
        12 => new TaskStartCommand(Id()),
        13 => new TaskDoneCommand(Id()),
        14 => new TaskBlockCommand(Id(), string.Join(' ', Enumerable.Range(0, _random.Next(1, 6)).Select(_ => Pick(["waiting", "for", "API", "keys", "R&D", "#WEB", "@bob"])))),
        _ => _random.Next(5) switch
        {
            0 => new TaskAssignCommand(Id(), Member()),
            1 => new TaskDueCommand(Id(), Date()),
            2 => new TaskMilestoneCommand(Id(), _random.Next(2) == 0),
            3 => new WorkspaceAdminsCommand(),
            _ => new WorkspaceAdminCommand(Member(), _random.Next(2) == 0),
        },
    };

    private string Text(int min, int max) =>
        string.Join(' ', Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => Pick(Words)));

    private EntityKey Key() => EntityKey.Parse(Pick(Keys), "project").Value;

    private WorkItemId Id() => new(Key(), _random.Next(1, 100_000));

    private DateOnly Date() => DateOnly.FromDayNumber(_random.Next(DateOnly.MaxValue.DayNumber));

    private DateOnly? MaybeDate() => _random.Next(2) == 0 ? Date() : null;

    private MemberRef Member() => Member(allowMe: true);

    private MemberRef Member(bool allowMe) => _random.Next(allowMe ? 4 : 3) switch
    {
        0 => new MemberRef(MemberRefKind.Handle, Pick(["alice", "bob.smith", "carol_d", "dan-1"])),
        1 => new MemberRef(MemberRefKind.Mention, Pick(["Alice Smith", "Bob", "R&D Team", "Zoë O'Neil"])),
        2 => new MemberRef(MemberRefKind.ChannelUser, Pick(["U123", "W0ABC"])),
        _ => MemberRef.Me,
    };

    private T? Maybe<T>(Func<T> make) => _random.Next(2) == 0 ? make() : default;

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
