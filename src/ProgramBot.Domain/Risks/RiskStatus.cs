namespace ProgramBot.Domain.Risks;

public enum RiskStatus
{
    Open = 0,
    Mitigating = 1,
    Closed = 2,
    Occurred = 3,
}
