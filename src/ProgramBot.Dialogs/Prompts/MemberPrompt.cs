using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>
/// Asks for a person: a Teams @mention of someone other than the bot, a Slack <c>&lt;@U123|name&gt;</c>
/// in the text, or "me" for the sender.
/// </summary>
public sealed partial class MemberPrompt(string id, PromptValidator<MentionedMember>? validator = null)
    : Prompt<MentionedMember>(id, validator)
{
    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<MentionedMember>> RecognizeAsync(ITurnContext turnContext, string input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var member = FromMention(turnContext.Activity) ?? FromSlackText(input) ?? FromMe(turnContext.Activity, input);
        return Task.FromResult(member is null
            ? PromptRecognizerResult<MentionedMember>.Failure("Please @mention the person (pick them from the list), or say me.")
            : PromptRecognizerResult<MentionedMember>.Success(member));
    }

    private static MentionedMember? FromMention(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        var mention = activity.AsMessageActivity()?.GetMentions()?
            .FirstOrDefault(m => m.Mentioned?.Id is { Length: > 0 } id && id != botId);
        return mention is null ? null : new MentionedMember(mention.Mentioned.Id, mention.Mentioned.Name ?? mention.Mentioned.Id);
    }

    private static MentionedMember? FromSlackText(string input)
    {
        var match = SlackMention().Match(input);
        return match.Success
            ? new MentionedMember(match.Groups["id"].Value, match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["id"].Value)
            : null;
    }

    private static MentionedMember? FromMe(Activity activity, string input) =>
        string.Equals(input, "me", StringComparison.OrdinalIgnoreCase) && activity.From?.Id is { Length: > 0 } id
            ? new MentionedMember(id, activity.From.Name ?? id)
            : null;

    [GeneratedRegex(@"<@(?<id>[A-Z0-9]+)(?:\|(?<name>[^>]+))?>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SlackMention();
}
