using ProgramBot.Application.Dates;
using ProgramBot.Dialogs;
using ProgramBot.Dialogs.Prompts;
using ProgramBot.Domain.Risks;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>The prompts every form uses, with ProgramBot's rules as validators.</summary>
public static class FormPrompts
{
    public const string Title = "form.title";
    public const string Text = "form.text";
    public const string OptionalText = "form.optionalText";
    public const string Choice = "form.choice";
    public const string Confirm = "form.confirm";
    public const string Percent = "form.percent";
    public const string Person = "form.person";
    public const string OptionalDate = "form.optionalDate";

    private static readonly string[] SkipWords = ["none", "no", "skip", "-", "nothing", "n/a"];

    public static void AddTo(ComponentDialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        dialog.AddDialog(new TextPrompt(Title, ValidateTitleAsync));
        dialog.AddDialog(new TextPrompt(Text, ValidateTextAsync));
        dialog.AddDialog(new TextPrompt(OptionalText, ValidateTextAsync));
        dialog.AddDialog(new ChoicePrompt(Choice));
        dialog.AddDialog(new ConfirmPrompt(Confirm));
        dialog.AddDialog(new NumberPrompt(Percent) { Min = 0, Max = 100 });
        dialog.AddDialog(new MemberPrompt(Person));
        dialog.AddDialog(new TextPrompt(OptionalDate, ValidateOptionalDateAsync));
    }

    /// <summary>Whether an answer to an optional question means "nothing".</summary>
    public static bool IsSkip(string? answer) =>
        string.IsNullOrWhiteSpace(answer) || SkipWords.Contains(answer.Trim(), StringComparer.OrdinalIgnoreCase);

    private static Task<bool> ValidateTitleAsync(PromptValidatorContext<string> check, CancellationToken cancellationToken)
    {
        var title = WorkItemTitle.Validate(check.Recognized.Value);
        check.Reason = title.Error?.Message;
        return Task.FromResult(title.IsSuccess);
    }

    private static Task<bool> ValidateTextAsync(PromptValidatorContext<string> check, CancellationToken cancellationToken)
    {
        var text = RiskText.Note(check.Recognized.Value, "answer");
        check.Reason = text.Error?.Message;
        return Task.FromResult(text.IsSuccess);
    }

    private static Task<bool> ValidateOptionalDateAsync(PromptValidatorContext<string> check, CancellationToken cancellationToken)
    {
        var answer = check.Recognized.Value?.Trim() ?? string.Empty;
        if (IsSkip(answer))
        {
            return Task.FromResult(true);
        }

        var today = check.Context.GetCommandContext().Today;
        if (!NaturalDate.TryParse(answer, today, out var date))
        {
            check.Reason = $"I can't read '{answer}' as a date. Try 2026-12-18, tomorrow, fri, next week, in 3 days — or say none.";
            return Task.FromResult(false);
        }

        check.Reason = date < today ? $"{date:yyyy-MM-dd} is in the past; pick today or a later date, or say none." : null;
        return Task.FromResult(date >= today);
    }
}
