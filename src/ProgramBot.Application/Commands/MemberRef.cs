namespace ProgramBot.Application.Commands;

public enum MemberRefKind
{
    /// <summary>The sender ("me", "mine").</summary>
    Me,

    /// <summary>A Teams mention, <c>&lt;at&gt;Alice Smith&lt;/at&gt;</c>; Value is the display text between the tags.</summary>
    Mention,

    /// <summary>A Slack user mention, <c>&lt;@U123&gt;</c> or <c>&lt;@U123|alice&gt;</c>; Value is the user id.</summary>
    ChannelUser,

    /// <summary>A typed handle, <c>@alice</c>; Value is the handle without the @.</summary>
    Handle,
}

/// <summary>A reference to a person as typed in a command, resolved to a member by the use case.</summary>
public sealed record MemberRef(MemberRefKind Kind, string Value)
{
    public static MemberRef Me { get; } = new(MemberRefKind.Me, "me");

    public override string ToString() => Kind switch
    {
        MemberRefKind.Me => "me",
        MemberRefKind.Mention => $"<at>{Value}</at>",
        MemberRefKind.ChannelUser => $"<@{Value}>",
        _ => "@" + Value,
    };
}
