using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Dialogs.Forms;
using ProgramBot.Dialogs;

namespace ProgramBot.Bot.Dialogs;

/// <summary>Starts the guided form a use case asked for, filled in with what the command already said.</summary>
public static class FormLauncher
{
    public static Task<DialogTurnResult> BeginAsync(DialogContext dc, GuidedFormView form, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(form);
        var id = Guid.NewGuid().ToString("N");
        return form.Prefill switch
        {
            TaskAddCommand c => dc.BeginDialogAsync(TaskFormDialog.DialogId, new TaskForm
            {
                Id = id,
                Title = c.Title, Project = c.Project?.Value, Assignee = PersonAnswer.From(c.Assignee, context),
                Due = FormDates.Format(c.Due), Priority = c.Priority?.ToString().ToLowerInvariant(),
            }, ct),
            TaskNewCommand => dc.BeginDialogAsync(TaskFormDialog.DialogId, new TaskForm { Id = id, Guided = true }, ct),
            RiskAddCommand c => dc.BeginDialogAsync(RiskFormDialog.DialogId, new RiskForm
            {
                Id = id,
                Title = c.Title.Length == 0 ? null : c.Title,
                Scope = c.Program is { } program ? ScopeQuestion.ProgramPrefix + program.Value : c.Project?.Value,
                Probability = c.Probability, Impact = c.Impact, Owner = PersonAnswer.From(c.Owner, context),
                Mitigation = c.Mitigation, Review = FormDates.Format(c.Review),
            }, ct),
            RiskNewCommand => dc.BeginDialogAsync(RiskFormDialog.DialogId, new RiskForm { Id = id, Guided = true }, ct),
            ProgressCommand c => dc.BeginDialogAsync(ProgressFormDialog.DialogId, new ProgressForm
            {
                Id = id,
                Project = c.Project?.Value, Task = c.Task?.ToString(), Percent = c.Percent, Rag = c.Rag?.ToString().ToLowerInvariant(),
                RagReason = c.Rag is null or Domain.Progress.Rag.Green ? null : c.Note,
                Done = c.Rag is null or Domain.Progress.Rag.Green ? c.Note : null,
            }, ct),
            ApprovalNewCommand => dc.BeginDialogAsync(ApprovalFormDialog.DialogId, new ApprovalForm { Id = id }, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form.Prefill.GetType().Name, "No guided form for this command."),
        };
    }
}
