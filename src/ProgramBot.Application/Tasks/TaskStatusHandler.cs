using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tasks;

/// <summary><c>task start</c>, <c>task done</c> and <c>task block</c>.</summary>
public sealed class TaskStatusHandler(TaskChangeRunner runner)
{
    public Task<View> StartAsync(TaskStartCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.RunAsync(
            command.Id, context, TaskChange.Started, "task start",
            (_, item, _) => Task.FromResult(item.Start(context.Now).Map(_ => (object)new { status = "in progress" })),
            cancellationToken);
    }

    public Task<View> DoneAsync(TaskDoneCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.RunAsync(
            command.Id, context, TaskChange.Done, "task done",
            (_, item, _) => Task.FromResult(item.Complete(context.Now).Map(_ => (object)new { status = "done" })),
            cancellationToken);
    }

    public Task<View> BlockAsync(TaskBlockCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.RunAsync(
            command.Id, context, TaskChange.Blocked, "task block",
            (_, item, _) => Task.FromResult(item.Block(command.Reason, context.Now).Map(_ => (object)new { status = "blocked", reason = command.Reason })),
            cancellationToken);
    }
}
