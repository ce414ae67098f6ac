using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Notices;

/// <summary>
/// Sends one notice to one conversation at most once per claim: the (subject, conversation) pair is claimed in the
/// database before the send and completed after it, whatever the outcome. A claim left open by a process that died
/// while sending is taken over once it is stale, so the notice is not lost (it may then arrive twice if the first
/// send had in fact reached the channel — the one ambiguous case).
/// </summary>
public sealed class NoticeSender(IDataStore store, IProactiveMessenger messenger, TimeProvider clock, IOptions<NoticeOptions> options)
{
    /// <summary>Claims older than the lease are stale: for a job with no claim of its own above the notices.</summary>
    public DateTimeOffset StaleBefore() => clock.GetUtcNow() - options.Value.ClaimLease;

    /// <summary>
    /// Sends <paramref name="view"/> to <paramref name="address"/> under <paramref name="subject"/> unless it was already
    /// sent; a claim made at or before <paramref name="staleBefore"/> and never completed is taken over.
    /// </summary>
    public async Task<NoticeSend> SendOnceAsync(
        long workspaceId, string subject, ConversationAddress address, View view, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(view);
        var conversation = address.ConversationId;
        var claim = await store.WriteAsync<(bool Claimed, NoticeDelivery? Earlier)>(
            async (uow, ct) =>
            {
                if (await uow.Notices.ClaimDeliveryAsync(workspaceId, subject, conversation, clock.GetUtcNow(), staleBefore, NoticeOptions.MaxClaims, ct))
                {
                    return (true, null);
                }

                return (false, await uow.Notices.FindDeliveryAsync(workspaceId, subject, conversation, ct));
            },
            cancellationToken);
        var (claimed, earlier) = claim.Value;
        if (!claimed)
        {
            return earlier?.CompletedAt is null
                ? new NoticeSend(NoticeSendStatus.Busy, false, earlier?.Outcome)
                : new NoticeSend(NoticeSendStatus.AlreadyDone, earlier.Delivered, earlier.Outcome);
        }

        var result = await messenger.SendAsync(address, view, cancellationToken);
        var outcome = $"{result.Outcome}: {result.Reason ?? "ok"} ({result.Attempts} attempts)";
        var delivered = result.Outcome == DeliveryOutcome.Delivered;
        await store.WriteAsync<Unit>(
            async (uow, ct) =>
            {
                await uow.Notices.CompleteDeliveryAsync(workspaceId, subject, conversation, delivered, outcome, clock.GetUtcNow(), ct);
                return Unit.Value;
            },
            cancellationToken);
        return new NoticeSend(NoticeSendStatus.Sent, delivered, outcome, result);
    }
}
