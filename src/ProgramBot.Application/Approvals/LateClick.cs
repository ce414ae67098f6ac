using System.Globalization;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Approvals;

/// <summary>"Already approved by Dana at Thu 26 Nov 14:02 (your time)": for clicks that came too late.</summary>
public static class LateClick
{
    public static async Task<string> DescribeAsync(IUnitOfWork uow, ApprovalRequest request, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var own = request.Decisions.FirstOrDefault(d => d.ApproverId == context.Sender.Id);
        var settling = request.Status switch
        {
            ApprovalStatus.Approved => request.Decisions.LastOrDefault(d => d.Approved),
            ApprovalStatus.Rejected => request.Decisions.FirstOrDefault(d => !d.Approved),
            _ => own,
        };
        if (settling is null)
        {
            return $"{request.Id} is already {request.Status.ToString().ToLowerInvariant()}.";
        }

        var names = await uow.Members.GetByIdsAsync(context.WorkspaceId, [settling.ApproverId], ct);
        var who = settling.ApproverId == context.Sender.Id ? "you" : names.Count > 0 ? names[0].Name : "someone";
        var at = TimeZoneInfo.ConvertTime(settling.At, context.TimeZone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);
        var what = request.Status == ApprovalStatus.Pending ? (settling.Approved ? "approved" : "rejected") : request.Status.ToString().ToLowerInvariant();
        return request.Status == ApprovalStatus.Pending
            ? $"You already {what} {request.Id} at {at} (your time)."
            : $"{request.Id} is already {what} by {who} at {at} (your time).";
    }
}
