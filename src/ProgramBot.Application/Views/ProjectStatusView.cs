using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Views;

/// <summary>
/// A project's state from its tasks. Percent complete is the share of done tasks until the
/// program issue brings estimates and weighting.
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
    ProgressReport? LatestReport) : View;
