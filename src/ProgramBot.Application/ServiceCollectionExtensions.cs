using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Approvals;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Dependencies;
using ProgramBot.Application.Digests;
using ProgramBot.Application.Health;
using ProgramBot.Application.Members;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Progress;
using ProgramBot.Application.Programs;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Reminders;
using ProgramBot.Application.Risks;
using ProgramBot.Application.Slips;
using ProgramBot.Application.Tasks;

namespace ProgramBot.Application;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the parser, the use cases and the conversation service. All are stateless singletons.</summary>
    public static IServiceCollection AddProgramBotApplication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WorkspaceOptions>().BindConfiguration(WorkspaceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ApprovalCopyOptions>().BindConfiguration(ApprovalCopyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CommandParser>();
        services.AddSingleton<ICommandParser>(provider => provider.GetRequiredService<CommandParser>());
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<SenderResolver>();
        services.AddSingleton<ConversationService>();
        services.AddSingleton<WelcomeService>();
        services.AddSingleton<DeliveryClaims>();
        services.AddSingleton<ProgramHandler>();
        services.AddSingleton<ProgramChangeHandler>();
        services.AddSingleton<ProgramStatusHandler>();
        services.AddSingleton<LessonHandler>();
        services.AddSingleton<ProgramLoadHandler>();
        services.AddSingleton<ProjectHealthHandler>();
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ProjectNewHandler>();
        services.AddSingleton<ProjectQueryHandler>();
        services.AddSingleton<ProjectBindHandler>();
        services.AddSingleton<ProjectDirectory>();
        services.AddSingleton<TaskAddHandler>();
        services.AddSingleton<TaskQueryHandler>();
        services.AddSingleton<TaskChangeRunner>();
        services.AddSingleton<TaskStatusHandler>();
        services.AddSingleton<TaskPlanHandler>();
        services.AddSingleton<DependencyHandler>();
        services.AddSingleton<TaskEstimateHandler>();
        services.AddSingleton<SlipNotifier>();
        services.AddOptions<NoticeOptions>().BindConfiguration(NoticeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NoticeSender>();
        services.AddSingleton<NoticeOutbox>();
        services.AddSingleton<NoticeJobRecovery>();
        services.AddSingleton<IClaimRecovery>(provider => provider.GetRequiredService<NoticeJobRecovery>());
        services.AddSingleton<RiskAddHandler>();
        services.AddSingleton<RiskQueryHandler>();
        services.AddSingleton<RiskChangeHandler>();
        services.AddSingleton<ProgressHandler>();
        services.AddSingleton<ApprovalRequestHandler>();
        services.AddSingleton<ApprovalDecisionHandler>();
        services.AddSingleton<ApprovalQueryHandler>();
        services.AddSingleton<DigestSubscriptionHandler>();
        services.AddSingleton<WorkspaceAdminHandler>();
        services.AddSingleton<IScheduledJob, DigestJob>();
        services.AddSingleton<ReminderClaimRecovery>();
        services.AddSingleton<ApprovalCopyLedger>();
        services.AddSingleton<ApprovalCopyRecovery>();
        services.AddSingleton<IClaimRecovery>(provider => provider.GetRequiredService<ApprovalCopyRecovery>());
        services.AddSingleton<IScheduledJob, ApprovalCopyJob>();
        services.AddSingleton<IScheduledJob, ReminderJob>();
        services.AddSingleton<IScheduledJob, SlipNoticeJob>();
        services.AddSingleton<IScheduledJob, EscalationNoticeJob>();
        services.AddSingleton<DigestScheduleChanges>();
        services.AddSingleton<DigestScheduleKeeper>();
        services.AddSingleton<DigestSlotRecovery>();
        services.AddSingleton<IClaimRecovery>(provider => provider.GetRequiredService<DigestSlotRecovery>());
        return services;
    }
}
