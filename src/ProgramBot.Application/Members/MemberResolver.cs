using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Application.Members;

/// <summary>
/// Turns a person as typed (me, a Teams or Slack mention, an @handle) into a member of the
/// sender's workspace. Mentions carry the channel's user id, so a mentioned person becomes a
/// member on first mention; a typed handle must match someone the bot already knows.
/// </summary>
public static class MemberResolver
{
    public static async Task<Result<Member>> ResolveAsync(
        IUnitOfWork uow, MemberRef reference, CommandContext context, bool mayRegister, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(context);
        switch (reference.Kind)
        {
            case MemberRefKind.Me:
                return context.Sender;
            case MemberRefKind.Mention or MemberRefKind.ChannelUser:
                var mentioned = FindMention(reference, context);
                var channelUserId = mentioned?.ChannelUserId ?? (reference.Kind == MemberRefKind.ChannelUser ? reference.Value : null);
                var known = channelUserId is null ? null : await uow.Members.FindByChannelUserIdAsync(context.WorkspaceId, channelUserId, cancellationToken);
                if (known is not null || mentioned is null || !mayRegister)
                {
                    return known is not null ? known : Unknown(reference);
                }

                return await uow.Members.UpsertAsync(context.WorkspaceId, mentioned.ChannelUserId, mentioned.Name, null, context.Now, cancellationToken);
            default:
                var matches = await uow.Members.FindByHandleAsync(context.WorkspaceId, MemberHandle.From(reference.Value), cancellationToken);
                return matches.Count switch
                {
                    1 => matches[0],
                    0 => Unknown(reference),
                    _ => new Error("member.ambiguous", $"More than one person here goes by @{reference.Value}; mention them with @ instead."),
                };
        }
    }

    /// <summary>The person named, or the sender when nobody is (the default manager or owner).</summary>
    public static Task<Result<Member>> ResolveOrSenderAsync(
        IUnitOfWork uow, MemberRef? reference, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return reference is null
            ? Task.FromResult(Result<Member>.Success(context.Sender))
            : ResolveAsync(uow, reference, context, mayRegister: true, cancellationToken);
    }

    private static MentionedUser? FindMention(MemberRef reference, CommandContext context) =>
        context.Mentions.FirstOrDefault(m => reference.Kind == MemberRefKind.ChannelUser
            ? m.ChannelUserId == reference.Value
            : string.Equals(m.Text, reference.Value, StringComparison.OrdinalIgnoreCase));

    private static Error Unknown(MemberRef reference) => new(
        "member.unknown",
        $"I don't know {Describe(reference)} in this workspace yet. Mention them with @ (pick them from the list) so I can link them.");

    private static string Describe(MemberRef reference) =>
        reference.Kind == MemberRefKind.Handle ? "@" + reference.Value : reference.Value;
}
