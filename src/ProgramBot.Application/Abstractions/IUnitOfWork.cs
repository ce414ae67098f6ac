namespace ProgramBot.Application.Abstractions;

/// <summary>The repositories of one connection (and transaction, when writing).</summary>
public interface IUnitOfWork
{
    IWorkspaceRepository Workspaces { get; }

    IMemberRepository Members { get; }

    IProgramRepository Programs { get; }

    IProjectRepository Projects { get; }

    IWorkItemRepository WorkItems { get; }

    IRiskRepository Risks { get; }

    IProgressRepository Progress { get; }

    IApprovalRepository Approvals { get; }

    IApprovalCopyRepository ApprovalCopies { get; }

    IDigestSubscriptionRepository Digests { get; }

    IConversationAddressRepository ConversationAddresses { get; }

    IReminderRepository Reminders { get; }

    IChannelBindingRepository ChannelBindings { get; }

    IProcessedActivityRepository ProcessedActivities { get; }

    IDependencyRepository Dependencies { get; }

    ISlipRepository Slips { get; }

    INoticeRepository Notices { get; }

    IPortfolioRepository Portfolio { get; }

    IHealthRepository Health { get; }

    IAuditLog Audit { get; }
}
