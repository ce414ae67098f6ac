namespace ProgramBot.Application.Commands.Parsing;

public enum TokenKind
{
    /// <summary>Plain text up to the next whitespace.</summary>
    Word,

    /// <summary>Text in straight or curly double quotes, quotes removed.</summary>
    Quoted,

    /// <summary>A Teams mention, <c>&lt;at&gt;Alice Smith&lt;/at&gt;</c>; Text is the display name.</summary>
    Mention,

    /// <summary>A Slack mention, <c>&lt;@U123&gt;</c> or <c>&lt;@U123|alice&gt;</c>; Text is the user id.</summary>
    SlackMention,

    /// <summary>A known option such as <c>due:fri</c>; Key is the lower-case key, Text the value.</summary>
    Option,
}
