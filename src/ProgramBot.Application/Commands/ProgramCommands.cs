using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands;

/// <summary><c>program new KEY name [objective:"…"] [pm:@user]</c></summary>
public sealed record ProgramNewCommand(EntityKey Key, string Name, string? Objective, MemberRef? Manager) : Command;

/// <summary><c>program list</c></summary>
public sealed record ProgramListCommand : Command;
