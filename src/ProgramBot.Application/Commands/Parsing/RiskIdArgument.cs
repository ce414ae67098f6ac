using ProgramBot.Domain.Common;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>The risk id that every <c>risk show|update|close</c> starts with.</summary>
internal static class RiskIdArgument
{
    public static Result<RiskId> Read(IReadOnlyList<Token> args) => args.Count == 0
        ? ParseFailure.Error("risk.id.missing", "Say which risk, like R-7.")
        : RiskId.Parse(ParseFailure.Shown(args[0].Raw));
}
