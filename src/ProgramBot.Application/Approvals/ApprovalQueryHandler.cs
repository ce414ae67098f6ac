using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Approvals;

/// <summary>
/// <c>approvals [pending|mine]</c> and <c>approval show</c>. Reading a request past its due date
/// expires it (until a scheduler does it on time).
/// </summary>
public sealed class ApprovalQueryHandler(IDataStore store)
{
    public Task<View> ListAsync(ApprovalsListCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(context, "approvals", async (uow, ct) =>
        {
            var query = command.Mine ? new ApprovalQuery(RequesterId: context.Sender.Id, PendingOnly: false) : new ApprovalQuery(ApproverId: context.Sender.Id);
            var requests = await uow.Approvals.ListAsync(context.WorkspaceId, query, ct);
            var views = new List<ApprovalView>();
            foreach (var request in requests)
            {
                await ExpireIfDueAsync(uow, request, context, ct);
                if (command.Mine || request.Status == ApprovalStatus.Pending)
                {
                    views.Add(await ApprovalViews.CreateAsync(uow, request, context.TimeZone, ct));
                }
            }

            return new ApprovalListView(command.Mine ? "Approvals you asked for" : "Waiting for your decision", views);
        }, cancellationToken);
    }

    public Task<View> ShowAsync(ApprovalShowCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(context, "approval show", async (uow, ct) =>
        {
            var request = await uow.Approvals.FindAsync(context.WorkspaceId, command.Id, ct);
            if (request is null)
            {
                return new Error("approval.unknown", $"There's no approval {command.Id} here. Type approvals to see what waits for you.");
            }

            await ExpireIfDueAsync(uow, request, context, ct);
            return await ApprovalViews.CreateAsync(uow, request, context.TimeZone, ct);
        }, cancellationToken);
    }

    /// <summary>The card's refresh: the request as this user should see it now.</summary>
    public async Task<ApprovalView?> ReadAsync(ApprovalId id, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await store.WriteAsync<ApprovalView?>(async (uow, ct) =>
        {
            var request = await uow.Approvals.FindAsync(context.WorkspaceId, id, ct);
            if (request is null)
            {
                return (ApprovalView?)null;
            }

            await ExpireIfDueAsync(uow, request, context, ct);
            return await ApprovalViews.CreateAsync(uow, request, context.TimeZone, ct);
        }, cancellationToken);
        return result.Value;
    }

    /// <summary>Remembers where a request's card was posted and the version it shows, so decisions update it in place.</summary>
    public async Task RecordMessageAsync(CommandContext context, ApprovalId id, PostedMessage message, int shownVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await store.WriteAsync<Unit>(async (uow, ct) =>
        {
            await uow.Approvals.AddMessageAsync(context.WorkspaceId, id, message, shownVersion, ct);
            return Unit.Value;
        }, cancellationToken);
    }

    private static async Task ExpireIfDueAsync(IUnitOfWork uow, ApprovalRequest request, CommandContext context, CancellationToken ct)
    {
        if (request.IsExpired(context.Today) && await uow.Approvals.ExpireAsync(context.WorkspaceId, request.Id, context.Now, ct))
        {
            request.Expire();
        }
    }
}
