using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands;

/// <summary><c>task add title [@assignee] [due:date] [p:priority] [est:days] [#KEY] [milestone]</c></summary>
public sealed record TaskAddCommand(
    string Title, MemberRef? Assignee, DateOnly? Due, Priority? Priority, EntityKey? Project, bool Milestone = false, decimal? Estimate = null) : Command;

/// <summary><c>task new</c>: the guided form.</summary>
public sealed record TaskNewCommand : Command;

/// <summary>
/// <c>task list [mine|@user|#KEY|overdue|blocked]</c>; filters combine
/// (<c>task list #WEB overdue</c>). No filter lists the bound project's tasks, or all open tasks.
/// </summary>
public sealed record TaskListCommand(EntityKey? Project, MemberRef? Assignee, bool Overdue, bool Blocked) : Command;

/// <summary><c>task show ID</c></summary>
public sealed record TaskShowCommand(WorkItemId Id) : Command;

/// <summary><c>task start ID</c></summary>
public sealed record TaskStartCommand(WorkItemId Id) : Command;

/// <summary><c>task done ID</c></summary>
public sealed record TaskDoneCommand(WorkItemId Id) : Command;

/// <summary><c>task block ID reason…</c></summary>
public sealed record TaskBlockCommand(WorkItemId Id, string Reason) : Command;

/// <summary><c>task assign ID @user|me</c></summary>
public sealed record TaskAssignCommand(WorkItemId Id, MemberRef Assignee) : Command;

/// <summary><c>task due ID date</c></summary>
public sealed record TaskDueCommand(WorkItemId Id, DateOnly Due) : Command;

/// <summary><c>task milestone ID [off]</c>: flags a task as a milestone, or unflags it.</summary>
public sealed record TaskMilestoneCommand(WorkItemId Id, bool On) : Command;
