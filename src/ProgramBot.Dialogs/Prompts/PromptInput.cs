using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>
/// The answer a prompt reads: the message text without the bot's own @mention, or, when the text is
/// empty, a card submit's value (its <c>value</c>, <c>choice</c> or <c>text</c> property, or the
/// property named after the prompt).
/// </summary>
internal static class PromptInput
{
    private static readonly string[] ValueKeys = ["value", "choice", "text"];

    public static string Read(IActivity activity, string promptId)
    {
        var message = activity.AsMessageActivity();
        if (message is null)
        {
            return string.Empty;
        }

        var text = WithoutBotMention(message);
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        return message.Value switch
        {
            string value => value.Trim(),
            JObject submit => FromSubmit(submit, promptId),
            _ => string.Empty,
        };
    }

    private static string FromSubmit(JObject submit, string promptId)
    {
        foreach (var key in ValueKeys.Append(promptId))
        {
            if (submit.TryGetValue(key, StringComparison.OrdinalIgnoreCase, out var token) && token is JValue { Value: not null } value)
            {
                return value.ToString(System.Globalization.CultureInfo.InvariantCulture).Trim();
            }
        }

        return string.Empty;
    }

    private static string WithoutBotMention(IMessageActivity message)
    {
        var text = message.Text ?? string.Empty;
        var botId = message.Recipient?.Id;
        if (botId is null || message.Entities is null)
        {
            return text;
        }

        foreach (var mention in message.GetMentions() ?? [])
        {
            if (mention.Mentioned?.Id == botId && !string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text;
    }
}
