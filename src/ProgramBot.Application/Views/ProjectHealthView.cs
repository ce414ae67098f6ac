using ProgramBot.Domain.Health;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Views;

/// <summary>
/// A project's health: the computed RAG with its reasons and any override in force, percent
/// complete weighted by estimate, target end against forecast end, open risks by band, overdue and
/// blocked counts, and the budget when it has one.
/// </summary>
public sealed record ProjectHealthView(
    string Key,
    string Name,
    RagAssessment Computed,
    RagOverride? Override,
    int PercentComplete,
    DateOnly? TargetEnd,
    DateOnly? ForecastEnd,
    RiskBandCounts Risks,
    int Overdue,
    int Blocked,
    BudgetFigures? Budget)
{
    public Rag Effective => Override?.Rag ?? Computed.Rag;
}

/// <summary>Open risks by band.</summary>
public sealed record RiskBandCounts(int Low, int Medium, int High, int Critical)
{
    public int Total => Low + Medium + High + Critical;
}
