using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Application.Slips;

/// <summary>
/// One change's propagation and what the report needs around it: the headline, the tasks of the
/// graph, whether the cause's own move is listed (a new dependency) or is the headline (a due date),
/// and the cause's new due date.
/// </summary>
public sealed record SlipInput(
    string Headline, TaskRef Cause, SlipResult Result, IReadOnlyDictionary<TaskRef, GraphTask> Tasks, bool ListCause, DateOnly? CauseNewDue);
