using System.Data.Common;
using System.Globalization;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Dependencies;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>Reads links with both of their tasks, eight columns a task, into a snapshot: each task once.</summary>
internal static class GraphReader
{
    private static readonly string[] TaskColumns = ["project_id", "number", "title", "assignee_id", "due_date", "status", "is_milestone", "estimate_days"];

    private static int ColumnsPerTask => TaskColumns.Length;

    public static string Columns(string alias) => string.Join(", ", TaskColumns.Select(c => $"{alias}.{c}"));

    public static async Task<DependencySnapshot> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var edges = new List<DependencyEdge>();
        var tasks = new Dictionary<TaskRef, GraphTask>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var predecessor = Read(reader, 0, tasks);
            var successor = Read(reader, ColumnsPerTask, tasks);
            edges.Add(new DependencyEdge(predecessor, successor));
        }

        return new DependencySnapshot(edges, [.. tasks.Values]);
    }

    private static TaskRef Read(DbDataReader reader, int at, Dictionary<TaskRef, GraphTask> tasks)
    {
        var task = new TaskRef(reader.GetInt64(at), reader.GetInt32(at + 1));
        if (!tasks.ContainsKey(task))
        {
            tasks[task] = new GraphTask(
                task,
                reader.GetString(at + 2),
                reader.IsDBNull(at + 3) ? null : reader.GetInt64(at + 3),
                reader.IsDBNull(at + 4) ? null : DateOnly.ParseExact(reader.GetString(at + 4), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                (WorkItemStatus)reader.GetInt32(at + 5),
                reader.GetInt64(at + 6) != 0,
                reader.IsDBNull(at + 7) ? null : (decimal)reader.GetDouble(at + 7));
        }

        return task;
    }
}
