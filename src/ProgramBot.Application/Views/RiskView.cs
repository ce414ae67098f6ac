using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Views;

/// <summary>One risk as people see it; <see cref="Scope"/> is the project or program key.</summary>
public sealed record RiskView(
    string Id,
    string Title,
    string Scope,
    int Probability,
    int Impact,
    int Score,
    RiskBand Band,
    string? OwnerName,
    string? Mitigation,
    DateOnly? ReviewDate,
    RiskStatus Status,
    string? ClosingNote);
