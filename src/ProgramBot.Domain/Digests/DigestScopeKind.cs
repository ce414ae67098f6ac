namespace ProgramBot.Domain.Digests;

public enum DigestScopeKind
{
    Workspace = 0,
    Program = 1,
    Project = 2,
}
