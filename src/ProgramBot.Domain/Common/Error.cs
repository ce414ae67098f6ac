namespace ProgramBot.Domain.Common;

/// <summary>An expected failure: a stable code for tests and logs, and a sentence for the user.</summary>
public sealed record Error(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}
