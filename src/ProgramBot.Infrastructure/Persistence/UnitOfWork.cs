using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Persistence.Repositories;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>The repositories of one session; they all share its connection and transaction.</summary>
internal sealed class UnitOfWork(DbSession session) : IUnitOfWork
{
    public IWorkspaceRepository Workspaces { get; } = new WorkspaceRepository(session);

    public IMemberRepository Members { get; } = new MemberRepository(session);

    public IProgramRepository Programs { get; } = new ProgramRepository(session);

    public IProjectRepository Projects { get; } = new ProjectRepository(session);

    public IWorkItemRepository WorkItems { get; } = new WorkItemRepository(session);

    public IRiskRepository Risks { get; } = new RiskRepository(session);

    public IProgressRepository Progress { get; } = new ProgressRepository(session);

    public IApprovalRepository Approvals { get; } = new ApprovalRepository(session);

    public IApprovalCopyRepository ApprovalCopies { get; } = new ApprovalCopyRepository(session);

    public IDigestSubscriptionRepository Digests { get; } = new DigestSubscriptionRepository(session);

    public IConversationAddressRepository ConversationAddresses { get; } = new ConversationAddressRepository(session);

    public IReminderRepository Reminders { get; } = new ReminderRepository(session);

    public IChannelBindingRepository ChannelBindings { get; } = new ChannelBindingRepository(session);

    public IProcessedActivityRepository ProcessedActivities { get; } = new ProcessedActivityRepository(session);

    public IDependencyRepository Dependencies { get; } = new DependencyRepository(session);

    public ISlipRepository Slips { get; } = new SlipRepository(session);

    public INoticeRepository Notices { get; } = new NoticeRepository(session);

    public IPortfolioRepository Portfolio { get; } = new PortfolioRepository(session);

    public IHealthRepository Health { get; } = new HealthRepository(session);

    public IAuditLog Audit { get; } = new AuditLog(session);
}
