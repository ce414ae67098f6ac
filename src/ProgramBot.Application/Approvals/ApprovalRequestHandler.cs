using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Members;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Approvals;

/// <summary><c>approval request</c>: creates the request; the channel posts its card and records where.</summary>
public sealed class ApprovalRequestHandler(IDataStore store)
{
    public Task<View> HandleAsync(ApprovalRequestCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(context, ApprovalRequestParserPath, async (uow, ct) =>
        {
            long? projectId = null;
            if (command.Project is { } key)
            {
                var project = await uow.Projects.FindByKeyAsync(context.WorkspaceId, key, ct);
                if (project is null)
                {
                    return ProjectLookup.Unknown(key);
                }

                projectId = project.Id;
            }

            var approverIds = new List<long>();
            foreach (var reference in command.Approvers)
            {
                var approver = await MemberResolver.ResolveAsync(uow, reference, context, mayRegister: true, ct);
                if (!approver.IsSuccess)
                {
                    return approver.Error!;
                }

                approverIds.Add(approver.Value.Id);
            }

            var draft = new ApprovalDraft(command.Kind, command.Subject, projectId, context.Sender.Id, approverIds, command.Policy, command.Due);
            var created = await CreateAsync(uow, draft, context, ct);
            return created.IsSuccess ? await ApprovalViews.CreateAsync(uow, created.Value, context.TimeZone, ct) : created.Error!;
        }, cancellationToken);
    }

    /// <summary>Creates and audits a request; also used when a risk escalates.</summary>
    public static async Task<Result<ApprovalRequest>> CreateAsync(IUnitOfWork uow, ApprovalDraft draft, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(context);
        var number = await uow.Approvals.TakeNextNumberAsync(context.WorkspaceId, ct);
        var created = ApprovalRequest.Create(draft, context.WorkspaceId, new ApprovalId(number), context.Today, context.Now);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        await uow.Approvals.AddAsync(created.Value, ct);
        var details = JsonSerializer.Serialize(new { kind = draft.Kind.ToString(), draft.Subject, approvers = draft.ApproverIds, policy = draft.Policy.ToString() });
        await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "approval", created.Value.Id.ToString(), "requested", details, context.Now), ct);
        return created.Value;
    }

    private const string ApprovalRequestParserPath = "approval request";
}
