namespace ProgramBot.Domain.Risks;

/// <summary>What a new risk is made of, gathered by a one-liner or a dialog.</summary>
public sealed record RiskDraft(
    string Title, long? ProjectId, long? ProgramId, int Probability, int Impact, long? OwnerId, string? Mitigation, DateOnly? ReviewDate);
