using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// <c>approval request &lt;kind&gt; &lt;summary&gt; [#PROJECT] approvers:@a,@b [policy:any|all] [due:date]</c>.
/// Approvers are the handles in the option's value and every mention in the line.
/// </summary>
internal static class ApprovalRequestParser
{
    public const string Path = "approval request";

    public static ParseOutcome Parse(IReadOnlyList<Token> args, ParseContext context)
    {
        var read = OptionReader.Read(args, Path, context.Today, OptionKeys.Approvers, OptionKeys.Policy, OptionKeys.Due);
        if (!read.IsSuccess)
        {
            return ParseFailure.For(Path, read.Error!);
        }

        var options = read.Value;
        var approvers = new List<MemberRef>();
        var listed = options[OptionKeys.Approvers];
        if (listed is { ValueKind: not TokenKind.Word } && MemberArgument.Read(listed.Value(), allowMe: true) is { } first)
        {
            // approvers:<at>Dana</at>,<at>Eve</at> — the first mention is the option's value, the rest follow.
            approvers.Add(first);
            listed = null;
        }

        foreach (var handle in (listed?.Text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (MemberArgument.Read(new Token(TokenKind.Word, handle, handle), allowMe: true) is not { } person)
            {
                return ParseFailure.For(Path, $"'{ParseFailure.Shown(handle)}' is not a person; list approvers like approvers:@dana,@eve.");
            }

            approvers.Add(person);
        }

        var rest = options.Rest.ToList();
        if (rest.Count == 0 || ApprovalKinds.Read(rest[0].Text) is not { } kind)
        {
            return ParseFailure.For(Path, "Start with the kind: scope, schedule, budget, risk, milestone or other.");
        }

        EntityKey? project = null;
        var subject = new List<string>();
        foreach (var token in rest.Skip(1))
        {
            if (MemberArgument.Read(token, allowMe: false) is { } mentioned)
            {
                approvers.Add(mentioned);
            }
            else if (KeyArgument.ReadHashKey(token) is { } key && project is null)
            {
                project = key;
            }
            else if (token.Raw.Length > 0 && token.Text != ",")
            {
                subject.Add(token.Text);
            }
        }

        return Build(kind, string.Join(' ', subject), project, approvers, options);
    }

    private static ParseOutcome Build(ApprovalKind kind, string subject, EntityKey? project, List<MemberRef> approvers, OptionSet options)
    {
        if (subject.Length == 0)
        {
            return ParseFailure.For(Path, "Say what needs approving, like: approval request schedule Move launch to Jan 15 approvers:@dana.");
        }

        if (approvers.Count == 0)
        {
            return ParseFailure.For(Path, "Name the approvers, like approvers:@dana,@eve.");
        }

        var policy = ApprovalPolicy.Any;
        if (options[OptionKeys.Policy] is { } option)
        {
            if (!Enum.TryParse(option.Text, ignoreCase: true, out policy) || !Enum.IsDefined(policy))
            {
                return ParseFailure.For(Path, $"Policy is any or all; '{ParseFailure.Shown(option.Text)}' isn't.");
            }
        }

        return ParseOutcome.Success(new ApprovalRequestCommand(kind, subject, project, [.. approvers.Distinct()], policy, options.DateOf(OptionKeys.Due)));
    }
}
