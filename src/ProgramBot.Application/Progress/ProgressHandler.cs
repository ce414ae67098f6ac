using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Tasks;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Progress;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Progress;

/// <summary>
/// <c>progress</c>: a report on a task (percent needed) or on a project (percent and RAG
/// needed, and a reason when amber or red). Complete reports are stored at once; incomplete
/// ones go to the guided form.
/// </summary>
public sealed class ProgressHandler(IDataStore store)
{
    public Task<View> HandleAsync(ProgressCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(context, "progress", async (uow, ct) =>
        {
            if (command.Task is { } taskId)
            {
                var item = await uow.WorkItems.FindAsync(context.WorkspaceId, taskId, ct);
                return item is null ? TaskErrors.NotFound(taskId)
                    : command.Percent is null ? new GuidedFormView(GuidedForm.Progress, command)
                    : await ReportOnTaskAsync(uow, item, command, context, ct);
            }

            var project = await ProjectLookup.FindAsync(uow, command.Project, context, ct);
            if (!project.IsSuccess)
            {
                return project.Error!.Code == ProjectLookup.MissingCode ? new GuidedFormView(GuidedForm.Progress, command) : project.Error;
            }

            var needsReason = command.Rag is Rag.Amber or Rag.Red && command.Note is null;
            if (command.Percent is null || command.Rag is null || needsReason)
            {
                return new GuidedFormView(GuidedForm.Progress, command with { Project = project.Value.Key });
            }

            var reason = command.Rag == Rag.Green ? null : command.Note;
            var done = command.Rag == Rag.Green ? command.Note : null;
            return await StoreAsync(uow, project.Value.Id, project.Value.Key.Value, null, command.Percent.Value, command.Rag, reason, done, null, null, context, ct);
        }, cancellationToken);
    }

    /// <summary>Stores a report the guided form gathered, through the same rules.</summary>
    public Task<View> SubmitAsync(ProgressSubmission submission, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(context, "progress", async (uow, ct) =>
        {
            var project = await uow.Projects.FindByKeyAsync(context.WorkspaceId, submission.Project, ct);
            return project is null
                ? ProjectLookup.Unknown(submission.Project)
                : await StoreAsync(uow, project.Id, project.Key.Value, null, submission.Percent, submission.Rag, submission.RagReason,
                    submission.Done, submission.Next, submission.Blockers, context, ct);
        }, cancellationToken);
    }

    private static async Task<Result<View>> ReportOnTaskAsync(IUnitOfWork uow, WorkItem item, ProgressCommand command, CommandContext context, CancellationToken ct)
    {
        var changed = item.ReportProgress(command.Percent!.Value, context.Now);
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        await uow.WorkItems.UpdateAsync(item, ct);
        return await StoreAsync(uow, item.ProjectId, item.Id.ToString(), item.Id.Number, command.Percent.Value, command.Rag, null, command.Note, null, null, context, ct);
    }

    private static async Task<Result<View>> StoreAsync(
        IUnitOfWork uow, long projectId, string target, int? taskNumber, int percent, Rag? rag, string? reason,
        string? done, string? next, string? blockers, CommandContext context, CancellationToken ct)
    {
        var report = ProgressReport.Create(context.WorkspaceId, projectId, taskNumber, context.Sender.Id, context.Now, percent, rag, reason, done, next, blockers);
        if (!report.IsSuccess)
        {
            return report.Error!;
        }

        await uow.Progress.AddAsync(report.Value, ct);
        var details = JsonSerializer.Serialize(new { percent, rag = rag?.ToString(), done, next, blockers });
        await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, taskNumber is null ? "project" : "task", target, "progress", details, context.Now), ct);
        var r = report.Value;
        return new ProgressView(target, context.Sender.Name, r.Percent, r.Rag, r.RagReason, r.Done, r.Next, r.Blockers);
    }
}
