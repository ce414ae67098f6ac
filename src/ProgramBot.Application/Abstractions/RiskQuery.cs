namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Filters for listing risks; every filter given must hold. <see cref="EscalatedAfter"/> keeps risks
/// escalated (their score reached the threshold) after that time; <see cref="Within"/> keeps the risks
/// of a digest's scope.
/// </summary>
public sealed record RiskQuery(
    long? ProjectId = null, long? ProgramId = null, bool OpenOnly = true, int Limit = 15, DateTimeOffset? CreatedAfter = null,
    DateTimeOffset? EscalatedAfter = null, RiskScope? Within = null);
