namespace ProgramBot.Domain.Common;

/// <summary>The value of a successful operation that returns nothing.</summary>
public readonly record struct Unit
{
    public static Unit Value => default;
}
