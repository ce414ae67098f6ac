using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// <c>task add</c>: options, mentions, a <c>#KEY</c> and the bare word <c>milestone</c> may appear
/// anywhere; the other words, in order, form the title (quote "milestone" to keep it in the title).
/// </summary>
internal static class TaskAddParser
{
    /// <summary>The bare word that flags the new task as a milestone.</summary>
    public const string MilestoneWord = "milestone";

    private const string Path = "task add";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var options = OptionReader.Read(args, Path, context.Today, OptionKeys.Due, OptionKeys.Priority, OptionKeys.Estimate);
        if (!options.IsSuccess)
        {
            return ParseFailure.For(Path, options.Error!);
        }

        MemberRef? assignee = null;
        EntityKey? project = null;
        var milestone = false;
        var title = new List<string>();
        foreach (var token in options.Value.Rest)
        {
            if (token.IsWord(MilestoneWord))
            {
                milestone = true;
            }
            else if (MemberArgument.Read(token, allowMe: false) is { } member)
            {
                if (assignee is not null)
                {
                    return ParseFailure.For(Path, "A task has one assignee; mention only one person.");
                }

                assignee = member;
            }
            else if (KeyArgument.ReadHashKey(token) is { } key)
            {
                if (project is not null)
                {
                    return ParseFailure.For(Path, "A task belongs to one project; give only one #PROJECT.");
                }

                project = key;
            }
            else if (token.Text.Length > 0)
            {
                title.Add(token.Text);
            }
        }

        return Build(options.Value, string.Join(' ', title), assignee, project, milestone);
    }

    private static ParseOutcome Build(OptionSet options, string title, MemberRef? assignee, EntityKey? project, bool milestone)
    {
        var validTitle = WorkItemTitle.Validate(title);
        if (!validTitle.IsSuccess)
        {
            return ParseFailure.For(Path, validTitle.Error!);
        }

        Priority? priority = null;
        if (options[OptionKeys.Priority] is { } option)
        {
            var read = PriorityArgument.Read(option);
            if (!read.IsSuccess)
            {
                return ParseFailure.For(Path, read.Error!);
            }

            priority = read.Value;
        }

        decimal? estimate = null;
        if (options[OptionKeys.Estimate] is { } est)
        {
            var read = EstimateArgument.Read(est.Text);
            if (!read.IsSuccess)
            {
                return ParseFailure.For(Path, read.Error!);
            }

            estimate = read.Value;
        }

        return ParseOutcome.Success(
            new TaskAddCommand(validTitle.Value, assignee, options.DateOf(OptionKeys.Due), priority, project, milestone, estimate));
    }
}
