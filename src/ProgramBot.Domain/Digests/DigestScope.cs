namespace ProgramBot.Domain.Digests;

/// <summary>What a digest covers: the whole workspace, one program, or one project.</summary>
public sealed record DigestScope(DigestScopeKind Kind, long? ProgramId, long? ProjectId)
{
    public static DigestScope Workspace { get; } = new(DigestScopeKind.Workspace, null, null);

    public static DigestScope ForProgram(long programId) => new(DigestScopeKind.Program, programId, null);

    public static DigestScope ForProject(long projectId) => new(DigestScopeKind.Project, null, projectId);
}
