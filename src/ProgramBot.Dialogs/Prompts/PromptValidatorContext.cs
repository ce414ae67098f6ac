using Microsoft.Bot.Builder;

namespace ProgramBot.Dialogs.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> sees; set <see cref="Reason"/> to tell the user why an answer was refused.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
    }

    /// <summary>The current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The recognised answer (always succeeded: validators only see recognised values).</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>How many answers this prompt has received, this one included.</summary>
    public int AttemptCount { get; }

    /// <summary>When set on refusal, sent before the retry prompt.</summary>
    public string? Reason { get; set; }
}
