using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>task list [mine|@user|#KEY|overdue|blocked]...</c>: filters combine, one person and one project at most.</summary>
internal static class TaskListParser
{
    private const string Path = "task list";

    public static ParseOutcome Parse(IReadOnlyList<Token> args)
    {
        MemberRef? person = null;
        EntityKey? project = null;
        bool overdue = false, blocked = false;
        foreach (var token in args)
        {
            if (token.IsWord("overdue"))
            {
                overdue = true;
            }
            else if (token.IsWord("blocked"))
            {
                blocked = true;
            }
            else if ((token.IsWord("mine") ? MemberRef.Me : MemberArgument.Read(token, allowMe: true)) is { } member)
            {
                if (person is not null)
                {
                    return ParseFailure.For(Path, "I can list one person's tasks at a time.");
                }

                person = member;
            }
            else if (KeyArgument.ReadHashKey(token) is { } key)
            {
                if (project is not null)
                {
                    return ParseFailure.For(Path, "I can list one project's tasks at a time.");
                }

                project = key;
            }
            else
            {
                return ParseFailure.For(
                    Path,
                    $"I don't know the filter '{ParseFailure.Shown(token.Raw)}'. Use mine, @user, #PROJECT, overdue or blocked.");
            }
        }

        return ParseOutcome.Success(new TaskListCommand(project, person, overdue, blocked));
    }
}
