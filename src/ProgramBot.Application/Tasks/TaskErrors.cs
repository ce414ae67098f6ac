using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tasks;

public static class TaskErrors
{
    /// <summary>Also the answer for an id of another workspace: nothing there is visible from here.</summary>
    public static Error NotFound(WorkItemId id) => new("task.unknown", $"There's no task {id} here. Type task list to see the open ones.");
}
