using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands;

/// <summary><c>lesson add [#KEY] text…</c></summary>
public sealed record LessonAddCommand(EntityKey? Project, string Text) : Command;

/// <summary><c>lesson list [program:KEY|#KEY]</c>; neither lists this channel's project, or the whole workspace.</summary>
public sealed record LessonListCommand(EntityKey? Project, EntityKey? Program) : Command;
