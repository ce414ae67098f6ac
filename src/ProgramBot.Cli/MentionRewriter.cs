using System.Text.RegularExpressions;

namespace ProgramBot.Cli;

/// <summary>
/// Imitates what Teams sends when someone picks a person after typing <c>@</c>:
/// <c>&lt;at&gt;alice&lt;/at&gt;</c> in the text plus a mention entity.
/// </summary>
internal static partial class MentionRewriter
{
    public static RewrittenText Rewrite(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mentions = new List<Mention>();
        string rewritten = MentionPattern().Replace(text, match =>
        {
            string name = match.Groups["name"].Value;
            string atText = $"<at>{name}</at>";
            bool isBot = string.Equals(name, CliAccounts.BotName, StringComparison.OrdinalIgnoreCase);
            // Mentioning the bot mentions the recipient, as in a Teams channel.
            string id = isBot ? CliAccounts.BotId : CliAccounts.UserId(name);
            mentions.Add(new Mention(id, name, atText));
            return atText;
        });
        return new RewrittenText(rewritten, mentions);
    }

    // '@' not preceded by a character that can sit in an e-mail local part (so
    // bob@example.com stays), but allowed after ':' or ',' (owner:@carol, approvers:@dana,@eve).
    // The name may hold '.', '_' and '-' inside but not at its end (so "@alice." drops the dot).
    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+\-@])@(?<name>[\p{L}\p{N}_](?:[\p{L}\p{N}_.\-]*[\p{L}\p{N}_])?)", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
