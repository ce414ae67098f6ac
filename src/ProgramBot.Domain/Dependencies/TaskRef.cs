namespace ProgramBot.Domain.Dependencies;

/// <summary>A task by its storage identity (project id and number), the key of the dependency graph.</summary>
public readonly record struct TaskRef(long ProjectId, int Number);
