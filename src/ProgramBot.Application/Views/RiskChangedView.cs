namespace ProgramBot.Application.Views;

public enum RiskChangeKind
{
    Created,
    Updated,
    Closed,
    Shown,
}

/// <summary>
/// A risk after a change. <see cref="EscalatedTo"/> names the manager told when the score
/// reached the escalation threshold with this change.
/// </summary>
public sealed record RiskChangedView(RiskView Risk, RiskChangeKind Change, EscalationNotice? EscalatedTo) : View;

/// <summary>
/// Whom an escalation went to, with their channel id so the reply can mention them, and the
/// risk-acceptance approval it opened for them.
/// </summary>
public sealed record EscalationNotice(string Name, string ChannelUserId, string Role, ApprovalView? Approval = null);
