using System.Globalization;

namespace ProgramBot.Bench.Workloads;

/// <summary><c>task add … #P07 due:…</c>: every turn creates a task (a write and an audit row).</summary>
internal sealed class TaskAddWorkload(TimeProvider clock) : MessageWorkload
{
    private readonly string _due = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override string Name => "task-add";

    public override string Description => "`task add Bench task N #Pnn due:YYYY-MM-DD`: one task created and audited per turn";

    protected override string TextFor(int conversation, long turn) =>
        string.Create(CultureInfo.InvariantCulture, $"task add Bench task {conversation}-{turn} #{BenchData.ProjectKey(conversation + (int)(turn % BenchData.ProjectCount))} due:{_due}");

    protected override bool IsExpectedReply(long turn, string reply) => reply.StartsWith("Created ", StringComparison.Ordinal);
}
