namespace ProgramBot.Application.Views;

/// <summary>
/// <c>program status</c>: the program, its stakeholders, each project's health, recent slips that
/// crossed projects, and the critical chain — the longest path of open dependent work ending at the
/// milestone forecast last; and the newest lessons its projects learned.
/// </summary>
public sealed record ProgramStatusView(
    ProgramSummary Program,
    IReadOnlyList<string> Stakeholders,
    IReadOnlyList<ProjectHealthView> Projects,
    IReadOnlyList<string> CrossProjectSlips,
    IReadOnlyList<ChainStep> CriticalChain,
    TimeZoneInfo TimeZone,
    IReadOnlyList<Abstractions.Lesson>? Lessons = null) : View;

/// <summary>One task of the critical chain, with its forecast finish.</summary>
public sealed record ChainStep(string Id, string Title, DateOnly? Forecast, bool IsMilestone);
