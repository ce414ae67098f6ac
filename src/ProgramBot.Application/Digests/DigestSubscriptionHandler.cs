using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Digests.Schedules;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Digests;

/// <summary>
/// <c>digest subscribe|list|unsubscribe</c>. The subscriptions table is the source of truth for
/// scheduled digests. Only the project's or program's manager, or a workspace admin, may subscribe
/// or unsubscribe a conversation to it; a workspace-wide digest, only a workspace admin.
/// </summary>
public sealed class DigestSubscriptionHandler(IDataStore store, DigestScheduleChanges changes)
{
    public async Task<View> SubscribeAsync(DigestSubscribeCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var view = await store.ChangeAsync(context, "digest subscribe", async (uow, ct) =>
        {
            var scope = await DigestScopeLookup.FindAsync(uow, command.Project, command.Program, context, ct);
            if (!scope.IsSuccess)
            {
                return scope.Error!;
            }

            var schedule = DigestScheduleParser.Parse(command.ScheduleWords, context.TimeZone.Id);
            if (!schedule.IsSuccess)
            {
                return schedule.Error!;
            }

            var number = await uow.Digests.TakeNextNumberAsync(context.WorkspaceId, ct);
            var subscription = new DigestSubscription(
                context.WorkspaceId, number, context.ConversationId, scope.Value, DigestSubscriptions.ToSpec(schedule.Value), context.Sender.Id, context.Now, null, null, null,
                ToStakeholders: scope.Value.Kind == DigestScopeKind.Program && !command.WithoutStakeholders);
            await uow.Digests.AddAsync(subscription, ct);
            var details = JsonSerializer.Serialize(new { conversation = context.ConversationId, schedule = schedule.Value.Format(), scope = scope.Value.Kind.ToString(), stakeholders = subscription.ToStakeholders });
            await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "digest", subscription.Id, "subscribed", details, context.Now), ct);
            return new DigestSubscribedView(await DigestSubscriptions.ViewAsync(uow, subscription, context.Now, ct));
        }, cancellationToken);
        changes.Notify();
        return view;
    }

    /// <summary><c>digest now</c>: anyone may look; nothing is claimed or remembered.</summary>
    public Task<View> NowAsync(DigestNowCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        return store.ChangeAsync(context, "digest now", async (uow, ct) =>
        {
            var scope = await DigestScopeLookup.FindAsync(uow, command.Project, command.Program, context, ct, mustManage: false);
            if (!scope.IsSuccess)
            {
                return scope.Error!;
            }

            var schedule = new ScheduleSpec("daily", null, null, DigestSchedule.DefaultAt, context.TimeZone.Id);
            var onDemand = new DigestSubscription(context.WorkspaceId, 0, context.ConversationId, scope.Value, schedule, context.Sender.Id, context.Now, null, null, null);
            var (view, _) = await DigestBuilder.BuildAsync(uow, onDemand, context.Now, context.Today, ct);
            return view with { OnDemand = true, TimeZone = context.TimeZone };
        }, cancellationToken);
    }

    public Task<View> ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return store.ReadAsync<View>(async (uow, ct) =>
        {
            var views = new List<DigestSubscriptionView>();
            foreach (var subscription in await uow.Digests.ListAsync(context.WorkspaceId, context.ConversationId, ct))
            {
                views.Add(await DigestSubscriptions.ViewAsync(uow, subscription, context.Now, ct));
            }

            return new DigestListView(views);
        }, cancellationToken);
    }

    public async Task<View> UnsubscribeAsync(DigestUnsubscribeCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var view = await store.ChangeAsync(context, "digest unsubscribe", async (uow, ct) =>
        {
            var subscription = await uow.Digests.FindAsync(context.WorkspaceId, command.Number, ct);
            if (subscription is null)
            {
                return new Error("digest.unknown", $"There's no digest D-{command.Number} here. Type digest list to see this conversation's.");
            }

            var allowed = await DigestScopeLookup.MayManageAsync(uow, subscription.Scope, context, ct);
            if (!allowed.IsSuccess)
            {
                return allowed.Error!;
            }

            await uow.Digests.RemoveAsync(context.WorkspaceId, command.Number, ct);
            await uow.Audit.AppendAsync(new AuditEvent(context.WorkspaceId, context.Sender.Id, "digest", subscription.Id, "unsubscribed", "{}", context.Now), ct);
            return new MessageView($"Stopped digest {subscription.Id}.");
        }, cancellationToken);
        changes.Notify();
        return view;
    }
}
