using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Members;
using ProgramBot.Application.Slips;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tasks;

/// <summary><c>task assign</c>, <c>task due</c> and <c>task milestone</c>.</summary>
public sealed class TaskPlanHandler(TaskChangeRunner runner, NoticeOutbox notices)
{
    public Task<View> AssignAsync(TaskAssignCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.RunAsync(
            command.Id, context, TaskChange.Assigned, "task assign",
            async (uow, item, ct) =>
            {
                var member = await MemberResolver.ResolveAsync(uow, command.Assignee, context, mayRegister: true, ct);
                return member.IsSuccess
                    ? item.AssignTo(member.Value.Id, context.Now).Map(_ => (object)new { assignee = member.Value.Name })
                    : member.Error!;
            },
            cancellationToken);
    }

    /// <summary>Moves the due date; what a later date pushes out downstream is recorded and told after the commit.</summary>
    public async Task<View> DueAsync(TaskDueCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        RecordedSlip? slip = null;
        var view = await runner.RunAsync(
            command.Id, context, TaskChange.Rescheduled, "task due",
            async (uow, item, ct) =>
            {
                // A write retried after a conflict runs this again: only the last, committed run's slip counts.
                slip = null;
                var previous = item.DueDate;
                var rescheduled = item.Reschedule(command.Due, context.Today, context.Now);
                if (!rescheduled.IsSuccess)
                {
                    return rescheduled.Error!;
                }

                slip = await SlipTracker.DueChangedAsync(uow, context, item, previous, ct);
                return new { due = command.Due };
            },
            cancellationToken);
        if (slip is not null && view is not ErrorView)
        {
            await notices.QueuePendingAsync(context.WorkspaceId, cancellationToken);
        }

        return view;
    }

    public Task<View> MilestoneAsync(TaskMilestoneCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return runner.RunAsync(
            command.Id, context, command.On ? TaskChange.MilestoneSet : TaskChange.MilestoneCleared, "task milestone",
            (_, item, _) => Task.FromResult(item.MarkMilestone(command.On, context.Now).Map(_ => (object)new { milestone = command.On })),
            cancellationToken);
    }
}
