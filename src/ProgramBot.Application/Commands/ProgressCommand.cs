using ProgramBot.Domain.Common;
using ProgramBot.Domain.Progress;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands;

/// <summary>
/// <c>progress [#PROJECT|TASK-ID] [N%] [rag:green|amber|red] [what was done…]</c>. A task with a
/// percent is complete in one line; anything else missing is asked for by the guided form.
/// </summary>
public sealed record ProgressCommand(EntityKey? Project, WorkItemId? Task, int? Percent, Rag? Rag, string? Note) : Command;
