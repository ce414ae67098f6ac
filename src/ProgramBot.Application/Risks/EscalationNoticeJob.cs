using System.Globalization;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Notices;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Risks;

/// <summary>
/// Tells a program's stakeholders, each in their personal chat with the bot, that one of its risks was escalated
/// (argument <c>workspaceId:escalationId</c>). Queued from the outbox after the escalating change commits; each
/// stakeholder's chat is claimed before it is told (<see cref="NoticeSender"/>), so retries tell no one twice. A
/// stakeholder the bot has no personal chat with is skipped (they see escalations in the program's digest).
/// </summary>
public sealed class EscalationNoticeJob(IDataStore store, NoticeSender sender, NoticeOutbox jobs) : IScheduledJob
{
    public const string JobKind = "escalation-notice";

    public string Kind => JobKind;

    public static string ArgumentFor(long workspaceId, long escalationId) =>
        string.Create(CultureInfo.InvariantCulture, $"{workspaceId}:{escalationId}");

    /// <summary>The subject of an escalation's notices in <see cref="INoticeRepository"/>.</summary>
    public static string Subject(long escalationId) => "escalation:" + escalationId.ToString(CultureInfo.InvariantCulture);

    public async Task RunAsync(string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var parts = argument.Split(':');
        var (workspaceId, escalationId) = (long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
        var notice = await store.ReadAsync((uow, ct) => EscalationNoticeReader.ReadAsync(uow, workspaceId, escalationId, ct), cancellationToken);
        var round = new NoticeRound();
        var staleBefore = sender.StaleBefore();
        foreach (var address in notice?.Addresses ?? [])
        {
            round = round.Add(await sender.SendOnceAsync(workspaceId, Subject(escalationId), address, new MessageView(notice!.Text), staleBefore, cancellationToken));
        }

        if (round.Busy == 0)
        {
            await jobs.CompleteAsync(JobKind, argument, $"told {round.Told} of {notice?.Addresses.Count ?? 0} stakeholders", cancellationToken);
        }
    }
}
