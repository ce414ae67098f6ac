using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Programs;

public static class ProgramErrors
{
    /// <summary>Also the answer for a key of another workspace.</summary>
    public static Error Unknown(EntityKey key) => new(
        "program.unknown", $"There's no program {key} here. Type program list to see them, or program new {key} <name> to create it.");
}
