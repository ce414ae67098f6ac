using System.Globalization;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Slips;
using ProgramBot.Application.Tasks;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Dependencies;

/// <summary><c>task estimate ID days|off</c>: the estimate weighs the task in percent complete and the critical chain.</summary>
public sealed class TaskEstimateHandler(IDataStore store)
{
    public Task<View> HandleAsync(TaskEstimateCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(
            context,
            "task estimate",
            async (uow, ct) =>
            {
                var item = await uow.WorkItems.FindAsync(context.WorkspaceId, command.Id, ct);
                if (item is null)
                {
                    return TaskErrors.NotFound(command.Id);
                }

                await uow.Dependencies.SetEstimateAsync(context.WorkspaceId, SlipTracker.RefOf(item), command.Days, ct);
                await uow.Audit.AppendAsync(TaskAudit.Event(context, item, "estimated", new { days = command.Days }), ct);
                return new MessageView(command.Days is { } days
                    ? string.Create(CultureInfo.InvariantCulture, $"{item.Id} is estimated at {days:0.##} days of work.")
                    : $"{item.Id} has no estimate now.");
            },
            cancellationToken);
    }
}
