using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>The words people type for each kind of approval.</summary>
public static class ApprovalKinds
{
    public static ApprovalKind? Read(string word) => word.ToLowerInvariant() switch
    {
        "scope" => ApprovalKind.Scope,
        "schedule" => ApprovalKind.Schedule,
        "budget" => ApprovalKind.Budget,
        "risk" or "risk-acceptance" => ApprovalKind.RiskAcceptance,
        "milestone" or "gate" or "milestone-gate" => ApprovalKind.MilestoneGate,
        "other" => ApprovalKind.Other,
        _ => null,
    };

    public static string Word(ApprovalKind kind) => kind switch
    {
        ApprovalKind.RiskAcceptance => "risk acceptance",
        ApprovalKind.MilestoneGate => "milestone gate",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
