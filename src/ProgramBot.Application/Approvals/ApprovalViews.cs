using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Application.Approvals;

/// <summary>Builds the approval view: names of requester and approvers, the project key, decisions so far.</summary>
public static class ApprovalViews
{
    public static async Task<ApprovalView> CreateAsync(IUnitOfWork uow, ApprovalRequest request, TimeZoneInfo zone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(request);
        var people = (await uow.Members.GetByIdsAsync(request.WorkspaceId, [request.RequesterId, .. request.ApproverIds], ct)).ToDictionary(m => m.Id);
        var project = request.ProjectId is { } projectId ? await uow.Projects.FindByIdAsync(request.WorkspaceId, projectId, ct) : null;
        var approvers = request.ApproverIds.Select(id =>
        {
            var decision = request.Decisions.FirstOrDefault(d => d.ApproverId == id);
            var member = people.GetValueOrDefault(id);
            return new ApproverView(member?.Name ?? "someone", member?.ChannelUserId ?? string.Empty, decision?.Approved, decision?.Comment, decision?.At);
        }).ToList();
        var pending = request.PendingApproverIds.Select(id => people.GetValueOrDefault(id)?.ChannelUserId).OfType<string>().ToList();
        return new ApprovalView(
            request.Id.ToString(), request.Kind, request.Subject, project?.Key.Value, people.GetValueOrDefault(request.RequesterId)?.Name ?? "someone",
            request.Policy, request.Status, request.DueDate, request.CreatedAt, approvers, pending, zone);
    }
}
