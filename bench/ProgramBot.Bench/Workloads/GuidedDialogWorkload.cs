using System.Globalization;

namespace ProgramBot.Bench.Workloads;

/// <summary>
/// The guided task form from its start: <c>task new</c>, then the answers to its six questions
/// (title, project, assignee, due date, priority, confirm). Every turn reads and writes the dialog
/// state; the last creates the task.
/// </summary>
internal sealed class GuidedDialogWorkload : MessageWorkload
{
    private const int Steps = 7;

    public override string Name => "dialog";

    public override string Description =>
        "the guided form `task new` → title → `Pnn` → `me` → `in 3 days` → `high` → `yes`: seven turns a task, dialog state read and written every turn, the task created on the last (the issue asks for five turns; this form has seven)";

    protected override string TextFor(int conversation, long turn) => (turn % Steps) switch
    {
        0 => "task new",
        1 => string.Create(CultureInfo.InvariantCulture, $"Dialog task {conversation}-{turn / Steps}"),
        2 => BenchData.ProjectKey(conversation + (int)(turn / Steps)),
        3 => "me",
        4 => "in 3 days",
        5 => "high",
        _ => "yes",
    };

    protected override bool IsExpectedReply(long turn, string reply) => (turn % Steps) switch
    {
        0 => reply.StartsWith("What's the task?", StringComparison.Ordinal),
        1 => reply.StartsWith("Which project?", StringComparison.Ordinal),
        2 => reply.StartsWith("Who should do it?", StringComparison.Ordinal),
        3 => reply.StartsWith("When is it due?", StringComparison.Ordinal),
        4 => reply.StartsWith("How urgent is it?", StringComparison.Ordinal),
        5 => reply.StartsWith("Create **", StringComparison.Ordinal),
        _ => reply.StartsWith("Created ", StringComparison.Ordinal),
    };
}
