namespace ProgramBot.Application.Views;

public sealed record ScopeChoice(string Key, string Name);

/// <summary>What a form may offer when it asks for a project or program.</summary>
public sealed record ScopeChoices(IReadOnlyList<ScopeChoice> Projects, IReadOnlyList<ScopeChoice> Programs, string? BoundProjectKey);
