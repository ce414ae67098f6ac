using System.Globalization;

namespace ProgramBot.Bench.Workloads;

/// <summary><c>task list #P07</c>: a read of the first 15 of ~500 open tasks and their count.</summary>
internal sealed class TaskListWorkload : MessageWorkload
{
    public override string Name => "task-list";

    public override string Description => "`task list #Pnn`: the first 15 of ~500 open tasks of a project, and their count";

    protected override string TextFor(int conversation, long turn) =>
        string.Create(CultureInfo.InvariantCulture, $"task list #{BenchData.ProjectKey(conversation + (int)(turn % BenchData.ProjectCount))}");

    protected override bool IsExpectedReply(long turn, string reply) => reply.Contains(" tasks — ", StringComparison.Ordinal) && reply.Contains("**P", StringComparison.Ordinal);
}
