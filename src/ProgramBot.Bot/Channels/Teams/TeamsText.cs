using System.Text;
using Microsoft.Bot.Schema;

namespace ProgramBot.Bot.Channels.Teams;

/// <summary>
/// Teams renders a message's text as Markdown with a subset of HTML, so text that came from a user
/// (a title such as <c>&lt;img src=x onerror=…&gt;</c>) must not reach it as markup. Every
/// <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> becomes an entity, except the <c>&lt;at&gt;Name&lt;/at&gt;</c>
/// tags the message's own mention entities name — so a user cannot fake a mention either.
/// </summary>
public static class TeamsText
{
    public static string Encode(string text, IEnumerable<string> mentionTexts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentionTexts);
        var mentions = mentionTexts.Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(m => m.Length).ToList();
        var encoded = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '<' && mentions.FirstOrDefault(m => string.CompareOrdinal(text, i, m, 0, m.Length) == 0) is { } mention)
            {
                encoded.Append(mention);
                i += mention.Length - 1;
                continue;
            }

            encoded.Append(text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                var c => c.ToString(),
            });
        }

        return encoded.ToString();
    }

    /// <summary>The texts (<c>&lt;at&gt;Name&lt;/at&gt;</c>) of an activity's mention entities.</summary>
    public static IEnumerable<string> MentionTexts(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity.Entities ?? []).Where(e => e.Type == "mention").Select(e => e.GetAs<Mention>().Text).OfType<string>();
    }
}
