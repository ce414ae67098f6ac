using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands;

/// <summary><c>task depends WEB-42 on API-7</c>: WEB-42 cannot finish before API-7.</summary>
public sealed record TaskDependsCommand(WorkItemId Successor, WorkItemId Predecessor) : Command;

/// <summary><c>task undepend WEB-42 on API-7</c>: removes that link.</summary>
public sealed record TaskUndependCommand(WorkItemId Successor, WorkItemId Predecessor) : Command;

/// <summary><c>task estimate WEB-42 3</c>: the task's estimate in days (<c>off</c> clears it).</summary>
public sealed record TaskEstimateCommand(WorkItemId Id, decimal? Days) : Command;
