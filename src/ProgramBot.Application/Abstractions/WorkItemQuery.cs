namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Filters for listing tasks; every filter given must hold. <see cref="ProjectIds"/> keeps tasks of
/// any of those projects (a program's, for a digest). <see cref="DueBefore"/> keeps tasks
/// due strictly before that date that are not done; <see cref="DueFrom"/> those due on or after it.
/// <see cref="MilestonesOnly"/> keeps milestones.
/// </summary>
public sealed record WorkItemQuery(
    long? ProjectId = null,
    long? AssigneeId = null,
    DateOnly? DueBefore = null,
    bool BlockedOnly = false,
    bool IncludeDone = false,
    int Limit = 50,
    IReadOnlyList<long>? ProjectIds = null,
    DateOnly? DueFrom = null,
    bool MilestonesOnly = false);
