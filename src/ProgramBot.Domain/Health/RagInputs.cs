namespace ProgramBot.Domain.Health;

/// <summary>The facts the RAG rules read.</summary>
public sealed record RagInputs(
    int MissedMilestones,
    DateOnly? ForecastEnd,
    DateOnly? TargetEnd,
    int CriticalRisks,
    int HighRisks,
    int OverdueBeyondGrace,
    decimal? BudgetOverrun);
