using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>approval request|show …</c> and <c>approvals [pending|mine]</c>.</summary>
internal static class ApprovalVerbParser
{
    public const string Verb = "approval";
    public const string ListVerb = "approvals";

    public static ParseOutcome Parse(string subcommand, IReadOnlyList<Token> args, ParseContext context) => subcommand switch
    {
        "request" => ApprovalRequestParser.Parse(args, context),
        "new" => NoArguments.Parse(args, "approval new", new ApprovalNewCommand()),
        "show" => args.Count == 1 && ApprovalId.Parse(ParseFailure.Shown(args[0].Raw)) is { IsSuccess: true } id
            ? ParseOutcome.Success(new ApprovalShowCommand(id.Value))
            : ParseFailure.For("approval show", "Say which approval, like A-3."),
        _ => VerbDispatch.UnknownSubcommand(Verb, subcommand),
    };

    public static ParseOutcome ParseList(IReadOnlyList<Token> args) => args.Count switch
    {
        0 => ParseOutcome.Success(new ApprovalsListCommand(Mine: false)),
        1 when args[0].IsWord("pending") => ParseOutcome.Success(new ApprovalsListCommand(Mine: false)),
        1 when args[0].IsWord("mine") => ParseOutcome.Success(new ApprovalsListCommand(Mine: true)),
        _ => ParseFailure.For("approvals", "Use approvals pending (waiting for you) or approvals mine (that you asked for)."),
    };
}
