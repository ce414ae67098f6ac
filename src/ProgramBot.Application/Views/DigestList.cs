namespace ProgramBot.Application.Views;

/// <summary>The first items of a digest list and how many there are in all ("+N more" is the difference).</summary>
public sealed record DigestList<T>(IReadOnlyList<T> First, int Total)
{
    public static DigestList<T> Empty { get; } = new([], 0);

    public int More => Math.Max(0, Total - First.Count);
}
