using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>The options shared by <c>risk add</c> and <c>risk update</c>.</summary>
internal sealed record RiskOptions(int? Probability, int? Impact, MemberRef? Owner, string? Mitigation, DateOnly? Review, EntityKey? Program)
{
    public static readonly string[] Keys =
        [OptionKeys.Priority, OptionKeys.Impact, OptionKeys.Owner, OptionKeys.Mitigation, OptionKeys.Review];

    public static Result<RiskOptions> From(OptionSet options)
    {
        var probability = ScaleArgument.Read(options[OptionKeys.Priority], "Probability");
        var impact = ScaleArgument.Read(options[OptionKeys.Impact], "Impact");
        if (!probability.IsSuccess || !impact.IsSuccess)
        {
            return (probability.Error ?? impact.Error)!;
        }

        MemberRef? owner = null;
        if (options[OptionKeys.Owner] is { } ownerOption)
        {
            owner = MemberArgument.Read(ownerOption.Value(), allowMe: true);
            if (owner is null)
            {
                return ParseFailure.Error("risk.owner", "Give the owner as a mention, like owner:@carol, or owner:me.");
            }
        }

        var program = ProgramOption.Read(options);
        if (!program.IsSuccess)
        {
            return program.Error!;
        }

        var mitigation = options[OptionKeys.Mitigation]?.Text;
        return new RiskOptions(probability.Value, impact.Value, owner, mitigation, options.DateOf(OptionKeys.Review), program.Value);
    }
}
