namespace ProgramBot.Domain.Approvals;

public enum ApprovalKind
{
    Scope = 0,
    Schedule = 1,
    Budget = 2,
    RiskAcceptance = 3,
    MilestoneGate = 4,
    Other = 5,
}
