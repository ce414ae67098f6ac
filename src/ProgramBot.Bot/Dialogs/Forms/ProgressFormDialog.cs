using ProgramBot.Application.Commands;
using ProgramBot.Application.Progress;
using ProgramBot.Application.Projects;
using ProgramBot.Dialogs;
using ProgramBot.Dialogs.Prompts;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Progress;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary><c>progress</c> and <c>progress #WEB</c>: percent, RAG (and why, when not green), done, next, blockers.</summary>
public sealed class ProgressFormDialog : ComponentDialog
{
    public const string DialogId = "progressForm";

    private readonly ProgressHandler _progress;
    private readonly ProjectDirectory _projects;

    public ProgressFormDialog(ProgressHandler progress, ProjectDirectory projects)
        : base(DialogId)
    {
        (_progress, _projects) = (progress, projects);
        FormPrompts.AddTo(this);
        AddDialog(new WaterfallDialog(DialogId + ".steps",
            [AskProjectAsync, AskPercentAsync, AskRagAsync, AskReasonAsync, AskDoneAsync, AskNextAsync, AskBlockersAsync, SubmitAsync]));
        InitialDialogId = DialogId + ".steps";
    }

    private async Task<DialogTurnResult> AskProjectAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ProgressForm>();
        return form.Project is not null || form.Task is not null ? await step.NextAsync(null, ct) : await ScopeQuestion.AskProjectAsync(step, _projects, guided: true, ct);
    }

    private static Task<DialogTurnResult> AskPercentAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ProgressForm>();
        form.Project ??= form.Task is null ? ScopeQuestion.Answer(step.Result) : null;
        step.Save(form);
        return form.Percent is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(FormPrompts.Percent, PromptOptions.FromText($"How far along is {form.Task ?? form.Project}, in percent (0–100)?"), ct);
    }

    private static Task<DialogTurnResult> AskRagAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ProgressForm>();
        form.Percent ??= step.Result as int?;
        step.Save(form);
        if (form.Task is not null || form.Rag is not null)
        {
            return step.NextAsync(null, ct);
        }

        var options = PromptOptions.FromText("What's its status?");
        options.Choices.Add(new Choice("green", ["g"], "on track"));
        options.Choices.Add(new Choice("amber", ["a", "yellow"], "at risk"));
        options.Choices.Add(new Choice("red", ["r"], "off track"));
        return step.PromptAsync(FormPrompts.Choice, options, ct);
    }

    private static Task<DialogTurnResult> AskReasonAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ProgressForm>();
        form.Rag ??= (step.Result as FoundChoice)?.Value;
        step.Save(form);
        return form.Task is null && form.Rag is "amber" or "red" && form.RagReason is null
            ? step.PromptAsync(FormPrompts.Text, PromptOptions.FromText($"Why is it {form.Rag}?"), ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskDoneAsync(WaterfallStepContext step, CancellationToken ct) =>
        AskTextAsync(step, (form, answer) => form.RagReason ??= answer, form => form.Done, "What was done since the last report?", ct);

    private static Task<DialogTurnResult> AskNextAsync(WaterfallStepContext step, CancellationToken ct) =>
        AskTextAsync(step, (form, answer) => form.Done ??= answer, form => form.Next, "What comes next?", ct);

    private static Task<DialogTurnResult> AskBlockersAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ProgressForm>();
        form.Next ??= step.Result as string;
        var ask = form.Task is null && !form.BlockersAsked;
        form.BlockersAsked = true;
        step.Save(form);
        return ask ? step.PromptAsync(FormPrompts.OptionalText, PromptOptions.FromText("Anything blocking? (or none)"), ct) : step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ProgressForm>();
        var blockers = step.Result as string;
        form.Blockers ??= FormPrompts.IsSkip(blockers) ? null : blockers!.Trim();
        var context = FormCompletion.ContextFor(form, step.Context.GetCommandContext());
        var view = form.Task is { } task
            ? await _progress.HandleAsync(new ProgressCommand(null, WorkItemId.Parse(task).Value, form.Percent, null, form.Done), context, ct)
            : await _progress.SubmitAsync(
                new ProgressSubmission(EntityKey.Parse(form.Project, "project").Value, form.Percent!.Value, Enum.Parse<Rag>(form.Rag!, ignoreCase: true),
                    form.RagReason, form.Done, form.Next, form.Blockers),
                context, ct);
        await Replies.SendAsync(step.Context, view, ct);
        return await step.EndDialogAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskTextAsync(
        WaterfallStepContext step, Action<ProgressForm, string?> keepAnswer, Func<ProgressForm, string?> current, string question, CancellationToken ct)
    {
        var form = step.Form<ProgressForm>();
        keepAnswer(form, step.Result as string);
        step.Save(form);
        return form.Task is null && current(form) is null
            ? step.PromptAsync(FormPrompts.Text, PromptOptions.FromText(question), ct)
            : step.NextAsync(null, ct);
    }
}
