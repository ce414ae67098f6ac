using ProgramBot.Domain.Common;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Commands;

/// <summary>
/// <c>risk add title [#PROJECT|program:KEY] [p:1-5] [i:1-5] [owner:@user] [mitigation:"…"] [review:date]</c>.
/// What is missing (probability, impact, project) is asked for by the guided form.
/// </summary>
public sealed record RiskAddCommand(
    string Title, EntityKey? Project, EntityKey? Program, int? Probability, int? Impact, MemberRef? Owner, string? Mitigation, DateOnly? Review)
    : Command;

/// <summary><c>risk new</c>: the guided form.</summary>
public sealed record RiskNewCommand : Command;

/// <summary><c>risk list [#PROJECT|program:KEY] [open|all|top]</c>: open risks by default, highest score first.</summary>
public sealed record RiskListCommand(EntityKey? Project, EntityKey? Program, bool IncludeClosed, bool TopOnly) : Command;

/// <summary><c>risk show R-7</c></summary>
public sealed record RiskShowCommand(RiskId Id) : Command;

/// <summary><c>risk update R-7 [p:…] [i:…] [owner:@user] [mitigation:"…"] [review:date]</c></summary>
public sealed record RiskUpdateCommand(RiskId Id, int? Probability, int? Impact, MemberRef? Owner, string? Mitigation, DateOnly? Review) : Command;

/// <summary><c>risk close R-7 note…</c>; a note starting with "occurred" records that the risk happened.</summary>
public sealed record RiskCloseCommand(RiskId Id, string Note, bool Occurred) : Command;

/// <summary><c>risk bands MEDIUM HIGH CRITICAL [escalate:N]</c>: the workspace's score bands.</summary>
public sealed record RiskBandsCommand(int MediumFrom, int HighFrom, int CriticalFrom, int? EscalationThreshold) : Command;
