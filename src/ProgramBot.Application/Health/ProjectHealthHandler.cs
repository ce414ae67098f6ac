using System.Globalization;
using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Health;
using ProgramBot.Domain.Projects;

namespace ProgramBot.Application.Health;

/// <summary>
/// <c>project rag</c>, <c>project budget</c> and <c>project spend</c>. Overrides and budgets are
/// the project's manager's (or its program's manager's) to set; anyone may log spend.
/// </summary>
public sealed class ProjectHealthHandler(IDataStore store)
{
    public Task<View> RagAsync(ProjectRagCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ChangeAsync(command.Project, context, "project rag", managerOnly: true, async (uow, project, ct) =>
        {
            var created = RagOverride.Create(command.Rag, command.Reason, command.Days, context.Sender.Id, context.Now);
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            await uow.Portfolio.SetRagOverrideAsync(context.WorkspaceId, project.Id, created.Value, ct);
            var until = TimeZoneInfo.ConvertTime(created.Value.ExpiresAt, context.TimeZone).ToString("ddd d MMM", CultureInfo.InvariantCulture);
            return ($"{project.Key} is {command.Rag.ToString().ToLowerInvariant()} by override until {until}: {created.Value.Reason}",
                (object)new { rag = command.Rag.ToString(), reason = created.Value.Reason, expires = created.Value.ExpiresAt });
        }, cancellationToken);
    }

    public Task<View> BudgetAsync(ProjectBudgetCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ChangeAsync(command.Project, context, "project budget", managerOnly: true, async (uow, project, ct) =>
        {
            await uow.Portfolio.SetBudgetAsync(context.WorkspaceId, project.Id, Cents(command.Amount), command.Currency, ct);
            return (string.Create(CultureInfo.InvariantCulture, $"{project.Key}'s budget is {command.Amount:#,0.##} {command.Currency}."),
                (object)new { amount = command.Amount, currency = command.Currency });
        }, cancellationToken);
    }

    public Task<View> SpendAsync(ProjectSpendCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ChangeAsync(command.Project, context, "project spend", managerOnly: false, async (uow, project, ct) =>
        {
            var budgets = await uow.Health.ReadBudgetsAsync(context.WorkspaceId, [project.Id], ct);
            if (budgets.Count == 0)
            {
                return new Error("budget.missing", $"{project.Key} has no budget yet; set one first, like project budget #{project.Key} 120000 EUR.");
            }

            await uow.Portfolio.AddSpendAsync(context.WorkspaceId, project.Id, Cents(command.Amount), command.Note, context.Sender.Id, context.Now, ct);
            var (budget, currency, spent) = (budgets[0].BudgetCents / 100m, budgets[0].Currency, (budgets[0].SpentCents / 100m) + command.Amount);
            return (string.Create(CultureInfo.InvariantCulture, $"Logged {command.Amount:#,0.##} {currency} on {project.Key} ({command.Note}): {spent:#,0.##} of {budget:#,0.##} {currency} spent."),
                (object)new { amount = command.Amount, note = command.Note });
        }, cancellationToken);
    }

    private static long Cents(decimal amount) => (long)decimal.Round(amount * 100m);

    private Task<View> ChangeAsync(
        EntityKey? key, CommandContext context, string verbPath, bool managerOnly,
        Func<IUnitOfWork, Project, CancellationToken, Task<Result<(string Text, object Details)>>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(context, verbPath, async (uow, ct) =>
        {
            var project = await ProjectLookup.FindAsync(uow, key, context, ct);
            if (!project.IsSuccess)
            {
                return project.Error!;
            }

            var program = project.Value.ProgramId is { } programId ? await uow.Programs.FindByIdAsync(context.WorkspaceId, programId, ct) : null;
            // The project's manager or its program's; with neither (a project may have no manager), a workspace admin.
            if (managerOnly && project.Value.ManagerId != context.Sender.Id && program?.ManagerId != context.Sender.Id
                && ((project.Value.ManagerId is not null || program?.ManagerId is not null) || !await WorkspaceAdmins.IsSenderAdminAsync(uow, context, ct)))
            {
                return new Error("project.forbidden", $"Only {project.Value.Key}'s manager or its program's manager can do that (a workspace admin, when it has neither).");
            }

            var done = await change(uow, project.Value, ct);
            if (!done.IsSuccess)
            {
                return done.Error!;
            }

            var details = JsonSerializer.Serialize(done.Value.Details);
            await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "project", project.Value.Key.Value, verbPath[8..], details, context.Now), ct);
            return new MessageView(done.Value.Text);
        }, cancellationToken);
    }
}
