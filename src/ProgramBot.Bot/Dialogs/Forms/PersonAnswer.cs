using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>
/// A person named in a form, kept as plain data across turns: "me", a mention (with the channel's
/// user id, so the person can be registered when the form is finished) or a typed handle.
/// </summary>
public sealed class PersonAnswer
{
    public string Kind { get; set; } = nameof(MemberRefKind.Me);

    public string Value { get; set; } = "me";

    public string? ChannelUserId { get; set; }

    public static PersonAnswer? From(MemberRef? reference, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (reference is null)
        {
            return null;
        }

        var mention = reference.Kind == MemberRefKind.Mention
            ? context.Mentions.FirstOrDefault(m => string.Equals(m.Text, reference.Value, StringComparison.OrdinalIgnoreCase))
            : null;
        return new PersonAnswer { Kind = reference.Kind.ToString(), Value = reference.Value, ChannelUserId = mention?.ChannelUserId };
    }

    public static PersonAnswer Mentioned(string channelUserId, string name) =>
        new() { Kind = nameof(MemberRefKind.Mention), Value = name, ChannelUserId = channelUserId };

    public MemberRef ToReference() => new(Enum.Parse<MemberRefKind>(Kind), Value);

    /// <summary>The context of the final turn, with this person's mention added back so the use case can register them.</summary>
    public CommandContext WithMention(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ChannelUserId is null
            ? context
            : context with { Mentions = [.. context.Mentions, new MentionedUser(Value, ChannelUserId, Value)] };
    }
}
