namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Routes <c>risk …</c> to the parser of its subcommand.</summary>
internal static class RiskVerbParser
{
    public const string Verb = "risk";

    public static ParseOutcome Parse(string subcommand, IReadOnlyList<Token> args, ParseContext context) => subcommand switch
    {
        "add" => RiskAddParser.Parse(args, context),
        "new" => NoArguments.Parse(args, "risk new", new RiskNewCommand()),
        "list" => RiskListParser.Parse(args, context),
        "show" => Show(args),
        "update" => RiskUpdateParser.Parse(args, context),
        "close" => RiskCloseParser.Parse(args),
        "bands" => RiskBandsParser.Parse(args, context),
        _ => VerbDispatch.UnknownSubcommand(Verb, subcommand),
    };

    private static ParseOutcome Show(IReadOnlyList<Token> args)
    {
        var id = RiskIdArgument.Read(args);
        if (!id.IsSuccess)
        {
            return ParseFailure.For("risk show", id.Error!);
        }

        return args.Count > 1 ? ParseFailure.Extra("risk show", args[1]) : ParseOutcome.Success(new RiskShowCommand(id.Value));
    }
}
