namespace ProgramBot.Application.Abstractions;

/// <summary>
/// The risks of a set of projects and, when <see cref="ProgramId"/> is given, those logged against
/// that program itself: what a program's or a project's digest covers.
/// </summary>
public sealed record RiskScope(IReadOnlyList<long> ProjectIds, long? ProgramId = null);
