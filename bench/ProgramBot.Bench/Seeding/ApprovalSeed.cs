using System.Globalization;
using ProgramBot.Application.Abstractions;
using ProgramBot.Bench.Workloads;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Common;

namespace ProgramBot.Bench.Seeding;

/// <summary>
/// The pending requests the approval-click workload decides: A-1 … A-n, each with one approver
/// (bench-approver-0 … 15 in turn), asked for by the bench owner.
/// </summary>
internal static class ApprovalSeed
{
    public static async Task<Result<int>> AddAsync(IUnitOfWork uow, long workspaceId, long requesterId, long projectId, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var approvers = new List<long>(BenchData.ApproverCount);
        for (var a = 0; a < BenchData.ApproverCount; a++)
        {
            var name = BenchData.Approver(a);
            approvers.Add((await uow.Members.UpsertAsync(workspaceId, "29:" + name, name, null, now, ct)).Id);
        }

        for (var n = 0; n < BenchData.ApprovalCount; n++)
        {
            var number = await uow.Approvals.TakeNextNumberAsync(workspaceId, ct);
            var draft = new ApprovalDraft(
                ApprovalKind.Scope, "Bench change " + number.ToString(CultureInfo.InvariantCulture), projectId, requesterId,
                [approvers[n % approvers.Count]], ApprovalPolicy.Any, today.AddDays(30));
            var request = ApprovalRequest.Create(draft, workspaceId, new ApprovalId(number), today, now);
            if (!request.IsSuccess)
            {
                return request.Error!;
            }

            await uow.Approvals.AddAsync(request.Value, ct);
        }

        return BenchData.ApprovalCount;
    }
}
