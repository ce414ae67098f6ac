namespace ProgramBot.Application.Abstractions;

/// <summary>New ETags by key when every write succeeded; otherwise the first key whose ETag did not match.</summary>
public sealed record StateWriteOutcome(IReadOnlyDictionary<string, string> NewETags, string? ConflictKey)
{
    public bool Succeeded => ConflictKey is null;
}
