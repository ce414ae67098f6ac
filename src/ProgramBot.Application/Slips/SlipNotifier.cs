using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Slips;

/// <summary>
/// Tells the conversations concerned by a recorded slip, one message each: the channels bound to
/// the projects that moved, and the personal chats of the owners and managers. Each conversation
/// is claimed in the database before its message is sent, so a retry never tells it twice.
/// </summary>
public sealed class SlipNotifier(IDataStore store, IProactiveMessenger messenger, TimeProvider clock, ILogger<SlipNotifier> logger)
{
    /// <summary>Tells about a recorded change, read back by its id (a retry); how many conversations were sent a notice.</summary>
    public async Task<int> NotifyAsync(long workspaceId, long changeId, CancellationToken cancellationToken)
    {
        var json = await store.ReadAsync((uow, ct) => uow.Slips.FindReportAsync(workspaceId, changeId, ct), cancellationToken);
        return json is not null && JsonSerializer.Deserialize<SlipReport>(json, SlipJson.Options) is { } report
            ? await NotifyAsync(workspaceId, new RecordedSlip(changeId, report), cancellationToken)
            : 0;
    }

    /// <summary>Tells about a change just recorded; how many conversations were sent a notice.</summary>
    public async Task<int> NotifyAsync(long workspaceId, RecordedSlip slip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slip);
        var report = slip.Report;
        var members = report.Tasks.Select(t => t.AssigneeId).Concat(report.Projects.Select(p => p.ManagerId))
            .OfType<long>().Concat(report.Programs.SelectMany(p => p.Audience)).ToHashSet();
        var projects = report.Tasks.Select(t => t.ProjectId).Concat(report.Projects.Select(p => p.Id)).ToHashSet();
        var audience = await store.ReadAsync((uow, ct) => uow.Slips.ListAudienceAsync(workspaceId, projects, members, ct), cancellationToken);
        var sent = 0;
        var conversations = audience.GroupBy(a => a.Address.ConversationId).ToList();
        foreach (var conversation in conversations)
        {
            var selection = SlipSelection.For(report, conversation.Select(a => a.ProjectId).OfType<long>(), conversation.Select(a => a.MemberId).OfType<long>());
            if (!selection.IsEmpty && await SendOnceAsync(workspaceId, slip.Id, conversation.First().Address, SlipMessage.Compose(report, selection), cancellationToken))
            {
                sent++;
            }
        }

        SlipLog.Notified(logger, slip.Id, workspaceId, sent, conversations.Count);
        return sent;
    }

    private async Task<bool> SendOnceAsync(
        long workspaceId, long changeId, Domain.Digests.ConversationAddress address, string text, CancellationToken cancellationToken)
    {
        var claimed = await store.WriteAsync<bool>(
            async (uow, ct) => await uow.Slips.ClaimNoticeAsync(workspaceId, changeId, address.ConversationId, clock.GetUtcNow(), ct),
            cancellationToken);
        if (!claimed.Value)
        {
            return false;
        }

        var result = await messenger.SendAsync(address, new MessageView(text), cancellationToken);
        if (result.Outcome != DeliveryOutcome.Delivered)
        {
            SlipLog.NotDelivered(logger, changeId, address.ConversationId, result.Outcome.ToString(), result.Reason);
        }

        await store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                await uow.Slips.RecordOutcomeAsync(workspaceId, changeId, address.ConversationId, $"{result.Outcome}: {result.Reason ?? "ok"}", ct);
                return Unit.Value;
            },
            cancellationToken);
        return result.Outcome == DeliveryOutcome.Delivered;
    }
}
