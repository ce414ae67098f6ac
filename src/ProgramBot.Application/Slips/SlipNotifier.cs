using System.Text.Json;
using Microsoft.Extensions.Logging;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Slips;

/// <summary>
/// Tells the conversations concerned by a recorded slip, one message each: the channels bound to
/// the projects that moved, and the personal chats of the owners and managers. Each conversation
/// is claimed in the database before its message is sent (<see cref="NoticeSender"/>), so a retry never
/// tells it twice and a run killed mid-send is taken over; the change's job is done once every
/// conversation has been told.
/// </summary>
public sealed class SlipNotifier(IDataStore store, NoticeSender sender, NoticeOutbox jobs, ILogger<SlipNotifier> logger)
{
    /// <summary>Tells about a recorded change, read back by its id; how many conversations were sent a notice now.</summary>
    public async Task<int> NotifyAsync(long workspaceId, long changeId, CancellationToken cancellationToken)
    {
        var json = await store.ReadAsync((uow, ct) => uow.Slips.FindReportAsync(workspaceId, changeId, ct), cancellationToken);
        return json is not null && JsonSerializer.Deserialize<SlipReport>(json, SlipJson.Options) is { } report
            ? await NotifyAsync(workspaceId, new RecordedSlip(changeId, report), cancellationToken)
            : 0;
    }

    /// <summary>Tells about a change just recorded; how many conversations were sent a notice now.</summary>
    public async Task<int> NotifyAsync(long workspaceId, RecordedSlip slip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slip);
        var report = slip.Report;
        var members = report.Tasks.Select(t => t.AssigneeId).Concat(report.Projects.Select(p => p.ManagerId))
            .OfType<long>().Concat(report.Programs.SelectMany(p => p.Audience)).ToHashSet();
        var projects = report.Tasks.Select(t => t.ProjectId).Concat(report.Projects.Select(p => p.Id)).ToHashSet();
        var audience = await store.ReadAsync((uow, ct) => uow.Slips.ListAudienceAsync(workspaceId, projects, members, ct), cancellationToken);
        var round = new NoticeRound();
        var subject = Subject(slip.Id);
        var staleBefore = sender.StaleBefore();
        var conversations = audience.GroupBy(a => a.Address.ConversationId).ToList();
        foreach (var conversation in conversations)
        {
            var selection = SlipSelection.For(report, conversation.Select(a => a.ProjectId).OfType<long>(), conversation.Select(a => a.MemberId).OfType<long>());
            if (selection.IsEmpty)
            {
                continue;
            }

            var address = conversation.First().Address;
            var send = await sender.SendOnceAsync(workspaceId, subject, address, new MessageView(SlipMessage.Compose(report, selection)), staleBefore, cancellationToken);
            round = round.Add(send);
            if (send is { Status: NoticeSendStatus.Sent, Delivered: false })
            {
                SlipLog.NotDelivered(logger, slip.Id, address.ConversationId, send.Outcome ?? string.Empty);
            }
        }

        SlipLog.Notified(logger, slip.Id, workspaceId, round.Sent, conversations.Count);

        // While another run still holds a conversation the job stays open: the sweep sees it through if that run dies.
        if (round.Busy == 0)
        {
            await jobs.CompleteAsync(SlipNoticeJob.JobKind, SlipNoticeJob.ArgumentFor(workspaceId, slip.Id), $"told {round.Told} of {conversations.Count}", cancellationToken);
        }

        return round.Sent;
    }

    /// <summary>The subject of a slip's notices in <see cref="INoticeRepository"/>.</summary>
    public static string Subject(long changeId) => "slip:" + changeId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
