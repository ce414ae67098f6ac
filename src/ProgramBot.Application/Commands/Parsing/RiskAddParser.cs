using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// <c>risk add</c>: options, a mention (the owner) and a <c>#KEY</c> may appear anywhere; the
/// other words form the title. Missing values are left null for the guided form to ask.
/// </summary>
internal static class RiskAddParser
{
    private const string Path = "risk add";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var read = OptionReader.Read(args, Path, context.Today, [.. RiskOptions.Keys, OptionKeys.Program]);
        var options = read.IsSuccess ? RiskOptions.From(read.Value) : read.Error!;
        if (!options.IsSuccess)
        {
            return ParseFailure.For(Path, options.Error!);
        }

        var owner = options.Value.Owner;
        EntityKey? project = null;
        var title = new List<string>();
        foreach (var token in read.Value.Rest)
        {
            if (MemberArgument.Read(token, allowMe: false) is { } member)
            {
                if (owner is not null)
                {
                    return ParseFailure.For(Path, "A risk has one owner; mention only one person.");
                }

                owner = member;
            }
            else if (KeyArgument.ReadHashKey(token) is { } key)
            {
                if (project is not null)
                {
                    return ParseFailure.For(Path, "A risk belongs to one project; give only one #PROJECT.");
                }

                project = key;
            }
            else if (token.Text.Length > 0)
            {
                title.Add(token.Text);
            }
        }

        return Build(options.Value with { Owner = owner }, string.Join(' ', title), project);
    }

    private static ParseOutcome Build(RiskOptions options, string title, EntityKey? project)
    {
        if (project is not null && options.Program is not null)
        {
            return ParseFailure.For(Path, "A risk belongs to a project or a program, not both.");
        }

        if (title.Length > 0 && WorkItemTitle.Validate(title) is { IsSuccess: false } invalid)
        {
            return ParseFailure.For(Path, invalid.Error!.Message.Replace("task", "risk", StringComparison.Ordinal));
        }

        return ParseOutcome.Success(new RiskAddCommand(
            title, project, options.Program, options.Probability, options.Impact, options.Owner, options.Mitigation, options.Review));
    }
}
