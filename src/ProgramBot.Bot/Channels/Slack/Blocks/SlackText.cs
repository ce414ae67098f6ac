namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>
/// User text for Slack <c>mrkdwn</c>: shortened, then <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped as
/// Slack asks, so a title such as <c>&lt;!channel&gt;</c> or <c>&lt;http://evil|click&gt;</c> shows literally.
/// </summary>
public static class SlackText
{
    public static string Escape(string? text) =>
        (text ?? string.Empty).Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Cuts to at most <paramref name="maxChars"/> characters (with an ellipsis when cut), then escapes.</summary>
    public static string Escape(string? text, int maxChars) => Escape(Teams.Cards.CardText.Cut(text, maxChars));

    /// <summary>
    /// Keeps <paramref name="mrkdwn"/> within <paramref name="maxChars"/>: cut at the last line break that
    /// fits (never inside an escape), with an ellipsis line.
    /// </summary>
    public static string Fit(string mrkdwn, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(mrkdwn);
        if (mrkdwn.Length <= maxChars)
        {
            return mrkdwn;
        }

        var end = mrkdwn.LastIndexOf('\n', maxChars - 2);
        if (end <= 0)
        {
            end = maxChars - 1;
            var amp = mrkdwn.LastIndexOf('&', end - 1);
            if (amp >= 0 && amp > end - 5)
            {
                end = amp;
            }
        }

        return mrkdwn[..end] + "…";
    }

    /// <summary>
    /// The Markdown of the text replies as Slack shows it: escaped, with <c>**bold**</c> as <c>*bold*</c> and
    /// Teams' <c>&lt;at&gt;Name&lt;/at&gt;</c> as a plain @Name.
    /// </summary>
    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var plain = markdown.Replace("<at>", "@", StringComparison.OrdinalIgnoreCase).Replace("</at>", string.Empty, StringComparison.OrdinalIgnoreCase);
        return Escape(plain).Replace("**", "*", StringComparison.Ordinal);
    }
}
