namespace ProgramBot.Application.Abstractions;

/// <summary>Filters for listing risks; every filter given must hold.</summary>
public sealed record RiskQuery(long? ProjectId = null, long? ProgramId = null, bool OpenOnly = true, int Limit = 15, DateTimeOffset? CreatedAfter = null);
