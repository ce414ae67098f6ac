using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Views;

/// <summary>One task as people see it: names, not ids.</summary>
public sealed record TaskView(
    string Id,
    string Title,
    string? AssigneeName,
    DateOnly? Due,
    Priority Priority,
    WorkItemStatus Status,
    string? BlockedReason,
    bool IsOverdue,
    bool IsMilestone = false);
