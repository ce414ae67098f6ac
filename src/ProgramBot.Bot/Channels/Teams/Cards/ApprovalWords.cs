using System.Globalization;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>How an approval's kind, policy, status and decisions read on a card.</summary>
public static class ApprovalWords
{
    public static string Kind(ApprovalKind kind) => kind switch
    {
        ApprovalKind.Scope => "scope",
        ApprovalKind.Schedule => "schedule",
        ApprovalKind.Budget => "budget",
        ApprovalKind.RiskAcceptance => "risk acceptance",
        ApprovalKind.MilestoneGate => "milestone gate",
        _ => "other",
    };

    public static string Policy(ApprovalPolicy policy) =>
        policy == ApprovalPolicy.All ? "all approvers must approve" : "any one approver decides";

    public static string Status(ApprovalStatus status) => status.ToString().ToLowerInvariant();

    public static string StatusColor(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "good",
        ApprovalStatus.Rejected => "attention",
        ApprovalStatus.Pending => "accent",
        _ => "warning",
    };

    public static string Decision(bool? decision) => decision switch
    {
        true => "approved ✅",
        false => "rejected ❌",
        null => "pending ⏳",
    };

    public static string DecisionColor(bool? decision) => decision switch
    {
        true => "good",
        false => "attention",
        null => "default",
    };

    /// <summary>A decision time in the viewer's zone, such as "Tue 3 Mar 14:05".</summary>
    public static string Time(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
}
