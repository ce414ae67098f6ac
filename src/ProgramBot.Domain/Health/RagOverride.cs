using ProgramBot.Domain.Common;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Domain.Health;

/// <summary>A manager's RAG for a project, with the reason, in force until it expires.</summary>
public sealed record RagOverride(Rag Rag, string Reason, long SetBy, DateTimeOffset SetAt, DateTimeOffset ExpiresAt)
{
    public const int DefaultDays = 14;
    public const int MaxDays = 90;
    public const int MaxReasonLength = 300;

    public bool IsActive(DateTimeOffset now) => now < ExpiresAt;

    public static Result<RagOverride> Create(Rag rag, string? reason, int? days, long setBy, DateTimeOffset now)
    {
        var trimmed = (reason ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return new Error("rag.reason", "An override needs a reason, like reason:\"vendor confirmed the delay\".");
        }

        if (trimmed.Length > MaxReasonLength || trimmed.Any(char.IsControl))
        {
            return new Error("rag.reason", $"Keep the reason to one line of at most {MaxReasonLength} characters.");
        }

        var length = days ?? DefaultDays;
        if (length is < 1 or > MaxDays)
        {
            return new Error("rag.days", $"An override lasts 1 to {MaxDays} days; {length} is outside that.");
        }

        return new RagOverride(rag, trimmed, setBy, now, now.AddDays(length));
    }
}
