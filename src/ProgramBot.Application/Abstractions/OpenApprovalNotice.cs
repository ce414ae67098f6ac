using ProgramBot.Application.Approvals;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Abstractions;

/// <summary>
/// A requester's notice not sent yet: never claimed, given back by a turn that could not send it, or
/// claimed by a process that died before its send ended (<see cref="ClaimedAt"/> older than the lease).
/// </summary>
public sealed record OpenApprovalNotice(long WorkspaceId, ApprovalId Id, RequesterNotice Notice, DateTimeOffset? ClaimedAt, int Claims);
