namespace ProgramBot.Domain.Risks;

/// <summary>New values for a risk; null means unchanged.</summary>
public sealed record RiskChange(int? Probability, int? Impact, long? OwnerId, string? Mitigation, DateOnly? ReviewDate);
