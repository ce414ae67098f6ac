using ProgramBot.Dialogs;
using ProgramBot.Dialogs.Prompts;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>Asks for a 1–5 value with the words of its scale: "4 — likely (50–70 %)".</summary>
public static class ScaleQuestion
{
    public static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string question, IReadOnlyList<string> scale, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(scale);
        var options = PromptOptions.FromText(question);
        options.Help = "Answer with a number from 1 (lowest) to 5 (highest).";
        for (var value = 1; value <= scale.Count; value++)
        {
            var number = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            options.Choices.Add(new Choice($"{number} — {scale[value - 1]}", [number, scale[value - 1].Split(' ')[0]]));
        }

        return step.PromptAsync(FormPrompts.Choice, options, ct);
    }

    public static int? Answer(object? result) => result is FoundChoice choice ? choice.Index + 1 : null;
}
