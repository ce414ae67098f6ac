using ProgramBot.Domain.Common;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Commands;

/// <summary><c>program add-project KEY #PROJ</c></summary>
public sealed record ProgramAddProjectCommand(EntityKey Program, EntityKey Project) : Command;

/// <summary><c>program status KEY</c></summary>
public sealed record ProgramStatusCommand(EntityKey Program) : Command;

/// <summary><c>program load KEY</c>: open work per person and week across the program's projects.</summary>
public sealed record ProgramLoadCommand(EntityKey Program) : Command;

/// <summary><c>program stakeholders KEY @a @b</c>: replaces the program's stakeholders.</summary>
public sealed record ProgramStakeholdersCommand(EntityKey Program, IReadOnlyList<MemberRef> Members) : Command;

/// <summary><c>project rag [#KEY] red|amber|green reason:"…" [days:N]</c></summary>
public sealed record ProjectRagCommand(EntityKey? Project, Rag Rag, string? Reason, int? Days) : Command;

/// <summary><c>project budget [#KEY] amount CUR</c></summary>
public sealed record ProjectBudgetCommand(EntityKey? Project, decimal Amount, string Currency) : Command;

/// <summary><c>project spend [#KEY] amount note…</c></summary>
public sealed record ProjectSpendCommand(EntityKey? Project, decimal Amount, string Note) : Command;
