using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Domain.Tests.Dependencies;

/// <summary>Small graphs for the tests: tasks of project 1 (API) and 2 (WEB) by number, dates in January 2027.</summary>
internal static class GraphFixture
{
    public static TaskRef Api(int number) => new(1, number);

    public static TaskRef Web(int number) => new(2, number);

    public static DateOnly Jan(int day) => new(2027, 1, day);

    public static ScheduleNode Node(TaskRef task, int? dueDay, bool done = false, decimal? estimate = null) =>
        new(task, dueDay is { } day ? Jan(day) : null, done, estimate);

    public static DependencyEdge Edge(TaskRef predecessor, TaskRef successor) => new(predecessor, successor);
}
