namespace ProgramBot.Domain.Risks;

public enum RiskBand
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}
