using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Views;

/// <summary>
/// A project's state from its tasks; percent complete is weighted by estimate, and the health
/// (RAG computed and overridden, forecast end, risks, budget) comes with it.
/// </summary>
public sealed record ProjectStatusView(
    ProjectSummary Project,
    int Total,
    int Todo,
    int InProgress,
    int Blocked,
    int Done,
    int Overdue,
    int PercentComplete,
    IReadOnlyList<TaskView> Attention,
    ProgressReport? LatestReport,
    ProjectHealthView? Health = null,
    TimeZoneInfo? TimeZone = null) : View;
