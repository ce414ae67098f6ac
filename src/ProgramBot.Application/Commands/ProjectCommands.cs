using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands;

/// <summary><c>project new KEY name [program:KEY] [pm:@user] [start:date] [end:date]</c></summary>
public sealed record ProjectNewCommand(
    EntityKey Key, string Name, EntityKey? ProgramKey, MemberRef? Manager, DateOnly? Start, DateOnly? End) : Command;

/// <summary><c>project list</c></summary>
public sealed record ProjectListCommand : Command;

/// <summary><c>project status [#KEY]</c>; without a key, the channel's bound project.</summary>
public sealed record ProjectStatusCommand(EntityKey? Project) : Command;

/// <summary><c>project bind #KEY</c>: makes KEY this conversation's default project.</summary>
public sealed record ProjectBindCommand(EntityKey Project) : Command;
