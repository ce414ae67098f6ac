namespace ProgramBot.Domain.Dependencies;

/// <summary><paramref name="Successor"/> depends on <paramref name="Predecessor"/>: it cannot finish before it.</summary>
public readonly record struct DependencyEdge(TaskRef Predecessor, TaskRef Successor);
