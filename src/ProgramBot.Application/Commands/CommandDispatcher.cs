using ProgramBot.Application.Approvals;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Dependencies;
using ProgramBot.Application.Digests;
using ProgramBot.Application.Health;
using ProgramBot.Application.Help;
using ProgramBot.Application.Members;
using ProgramBot.Application.Progress;
using ProgramBot.Application.Programs;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Risks;
using ProgramBot.Application.Tasks;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Commands;

/// <summary>Sends each parsed command to the use case that handles its verb.</summary>
public sealed class CommandDispatcher(
    ProgramHandler programs,
    ProjectNewHandler projectNew,
    ProjectQueryHandler projectQueries,
    ProjectBindHandler projectBind,
    TaskAddHandler taskAdd,
    TaskQueryHandler taskQueries,
    TaskStatusHandler taskStatus,
    TaskPlanHandler taskPlan,
    RiskAddHandler riskAdd,
    RiskQueryHandler riskQueries,
    RiskChangeHandler riskChanges,
    ProgressHandler progress,
    ApprovalRequestHandler approvalRequests,
    ApprovalQueryHandler approvalQueries,
    DigestSubscriptionHandler digests,
    DependencyHandler dependencies,
    TaskEstimateHandler estimates,
    ProgramChangeHandler programChanges,
    ProgramStatusHandler programStatus,
    ProjectHealthHandler projectHealth,
    LessonHandler lessons,
    ProgramLoadHandler programLoad,
    WorkspaceAdminHandler admins)
{
    public Task<View> DispatchAsync(Command command, CommandContext context, CancellationToken cancellationToken) => command switch
    {
        HelpCommand c => Task.FromResult(HelpHandler.Handle(c)),
        ProgramNewCommand c => programs.NewAsync(c, context, cancellationToken),
        ProgramListCommand => programs.ListAsync(context, cancellationToken),
        ProgramAddProjectCommand c => programChanges.AddProjectAsync(c, context, cancellationToken),
        ProgramStakeholdersCommand c => programChanges.StakeholdersAsync(c, context, cancellationToken),
        ProgramStatusCommand c => programStatus.StatusAsync(c, context, cancellationToken),
        ProgramLoadCommand c => programLoad.LoadAsync(c, context, cancellationToken),
        ProjectRagCommand c => projectHealth.RagAsync(c, context, cancellationToken),
        ProjectBudgetCommand c => projectHealth.BudgetAsync(c, context, cancellationToken),
        ProjectSpendCommand c => projectHealth.SpendAsync(c, context, cancellationToken),
        LessonAddCommand c => lessons.AddAsync(c, context, cancellationToken),
        LessonListCommand c => lessons.ListAsync(c, context, cancellationToken),
        ProjectNewCommand c => projectNew.HandleAsync(c, context, cancellationToken),
        ProjectListCommand => projectQueries.ListAsync(context, cancellationToken),
        ProjectStatusCommand c => projectQueries.StatusAsync(c, context, cancellationToken),
        ProjectBindCommand c => projectBind.HandleAsync(c, context, cancellationToken),
        TaskAddCommand c => taskAdd.HandleAsync(c, context, cancellationToken),
        TaskNewCommand c => Task.FromResult<View>(new GuidedFormView(GuidedForm.Task, c)),
        TaskListCommand c => taskQueries.ListAsync(c, context, cancellationToken),
        TaskShowCommand c => taskQueries.ShowAsync(c, context, cancellationToken),
        TaskStartCommand c => taskStatus.StartAsync(c, context, cancellationToken),
        TaskDoneCommand c => taskStatus.DoneAsync(c, context, cancellationToken),
        TaskBlockCommand c => taskStatus.BlockAsync(c, context, cancellationToken),
        TaskAssignCommand c => taskPlan.AssignAsync(c, context, cancellationToken),
        TaskDueCommand c => taskPlan.DueAsync(c, context, cancellationToken),
        TaskMilestoneCommand c => taskPlan.MilestoneAsync(c, context, cancellationToken),
        TaskDependsCommand c => dependencies.DependsAsync(c, context, cancellationToken),
        TaskUndependCommand c => dependencies.UndependAsync(c, context, cancellationToken),
        TaskEstimateCommand c => estimates.HandleAsync(c, context, cancellationToken),
        RiskAddCommand c => riskAdd.HandleAsync(c, context, cancellationToken),
        RiskNewCommand c => Task.FromResult<View>(new GuidedFormView(GuidedForm.Risk, c)),
        RiskListCommand c => riskQueries.ListAsync(c, context, cancellationToken),
        RiskShowCommand c => riskQueries.ShowAsync(c, context, cancellationToken),
        RiskUpdateCommand c => riskChanges.UpdateAsync(c, context, cancellationToken),
        RiskCloseCommand c => riskChanges.CloseAsync(c, context, cancellationToken),
        RiskBandsCommand c => riskChanges.BandsAsync(c, context, cancellationToken),
        ProgressCommand c => progress.HandleAsync(c, context, cancellationToken),
        ApprovalRequestCommand c => approvalRequests.HandleAsync(c, context, cancellationToken),
        ApprovalNewCommand c => Task.FromResult<View>(new GuidedFormView(GuidedForm.Approval, c)),
        ApprovalsListCommand c => approvalQueries.ListAsync(c, context, cancellationToken),
        ApprovalShowCommand c => approvalQueries.ShowAsync(c, context, cancellationToken),
        DigestSubscribeCommand c => digests.SubscribeAsync(c, context, cancellationToken),
        DigestListCommand => digests.ListAsync(context, cancellationToken),
        DigestNowCommand c => digests.NowAsync(c, context, cancellationToken),
        DigestUnsubscribeCommand c => digests.UnsubscribeAsync(c, context, cancellationToken),
        WorkspaceAdminsCommand => admins.ListAsync(context, cancellationToken),
        WorkspaceAdminCommand c => admins.ChangeAsync(c, context, cancellationToken),
        CancelCommand => Task.FromResult<View>(new MessageView("There's nothing to cancel.")),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "A parsed command has no handler."),
    };
}
