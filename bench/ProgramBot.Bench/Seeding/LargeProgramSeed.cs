using System.Globalization;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Dependencies;
using ProgramBot.Domain.Progress;
using ProgramBot.Domain.Projects;
using ProgramBot.Domain.Risks;
using ProgramBot.Domain.WorkItems;
using ProgramBot.Domain.Workspaces;
using DomainProgram = ProgramBot.Domain.Programs.Program;

namespace ProgramBot.Bench.Seeding;

/// <summary>
/// The large program through ProgramBot's own repositories: 50 projects of 2,000 tasks (a third
/// done, a tenth in progress, one in fifty blocked, due dates from two months ago to five months
/// ahead), 20,000 dependencies (a chain of 1,000 open tasks across the projects, and more links that
/// never close a loop), 5,000 risks, 20,000 progress reports over the last two weeks, 2,000 pending
/// approvals. Returns the id of the task at the head of the chain.
/// A fixed pseudo-random sequence, so every run seeds the same data.
/// </summary>
internal static class LargeProgramSeed
{
    public static async Task<Result<string>> AddAsync(IUnitOfWork uow, DateTimeOffset now, CancellationToken ct)
    {
        var random = new Random(20261126);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var workspace = await uow.Workspaces.GetOrAddAsync(LargeProgram.Tenant, "UTC", now, ct);
        var members = new List<Member>(LargeProgram.MemberCount);
        for (var m = 0; m < LargeProgram.MemberCount; m++)
        {
            var name = "large-member-" + m.ToString(CultureInfo.InvariantCulture);
            members.Add(await uow.Members.UpsertAsync(workspace.Id, "29:" + name, name, null, now, ct));
        }

        var owner = members[0];
        var program = await uow.Programs.AddAsync(
            DomainProgram.Create(workspace.Id, EntityKey.Parse(LargeProgram.ProgramKey, "program").Value, "Apollo", "The large bench program", owner.Id, now).Value, ct);
        var projects = new List<Project>(LargeProgram.ProjectCount);
        for (var p = 0; p < LargeProgram.ProjectCount; p++)
        {
            var key = EntityKey.Parse(LargeProgram.ProjectKey(p), "project").Value;
            var project = Project.Create(workspace.Id, key, "Large project " + key, program.Id, members[p % members.Count].Id, today.AddDays(-LargeProgram.HistoryDays), today.AddDays(180), now);
            projects.Add(await uow.Projects.AddAsync(project.Value, ct));
        }

        var open = new List<(TaskRef Ref, string Id)>(LargeProgram.TaskCount);
        var added = await AddTasksAsync(uow, workspace.Id, projects, members, open, random, today, now, ct);
        if (!added.IsSuccess)
        {
            return added.Error!;
        }

        var chainHead = await DependencySeed.AddAsync(uow, workspace.Id, open, owner.Id, random, now, ct);
        var rest = await AddRisksReportsAndApprovalsAsync(uow, workspace.Id, program.Id, projects, members, random, today, now, ct);
        return rest.IsSuccess ? chainHead : rest.Error!;
    }

    private static async Task<Result<int>> AddTasksAsync(
        IUnitOfWork uow, long workspaceId, List<Project> projects, List<Member> members, List<(TaskRef Ref, string Id)> open, Random random, DateOnly today,
        DateTimeOffset now, CancellationToken ct)
    {
        var createdOn = today.AddDays(-LargeProgram.HistoryDays);
        var createdAt = now.AddDays(-LargeProgram.HistoryDays);
        for (var t = 0; t < LargeProgram.TaskCount; t++)
        {
            var project = projects[t % projects.Count];
            var number = await uow.Projects.TakeNextTaskNumberAsync(workspaceId, project.Id, ct);
            var created = WorkItemFactory.Create(
                workspaceId, project.Id, new WorkItemId(project.Key, number), "Large task " + number.ToString(CultureInfo.InvariantCulture),
                random.Next(4) == 0 ? null : members[random.Next(members.Count)].Id, createdOn.AddDays(random.Next(LargeProgram.HistoryDays + 150)),
                (Priority)random.Next(4), members[0].Id, createdOn, createdAt);
            if (!created.IsSuccess)
            {
                return created.Error!;
            }

            var item = created.Value;
            var roll = random.Next(100);
            var changed = roll < 33 ? item.Complete(now) : roll < 43 ? item.Start(now) : roll < 45 ? item.Block("waiting on vendor " + roll.ToString(CultureInfo.InvariantCulture), now) : Result<Unit>.Success(Unit.Value);
            if (!changed.IsSuccess)
            {
                return changed.Error!;
            }

            await uow.WorkItems.AddAsync(item, ct);
            if (item.Status != WorkItemStatus.Done)
            {
                open.Add((new TaskRef(project.Id, number), item.Id.ToString()));
            }
        }

        return LargeProgram.TaskCount;
    }

    private static async Task<Result<int>> AddRisksReportsAndApprovalsAsync(
        IUnitOfWork uow, long workspaceId, long programId, List<Project> projects, List<Member> members, Random random, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        for (var r = 0; r < LargeProgram.RiskCount; r++)
        {
            var draft = new RiskDraft("Large risk " + r.ToString(CultureInfo.InvariantCulture), r % 10 == 0 ? null : projects[r % projects.Count].Id, r % 10 == 0 ? programId : null,
                random.Next(1, 6), random.Next(1, 6), members[random.Next(members.Count)].Id, "Watch it", null);
            var risk = Risk.Create(draft, workspaceId, new RiskId(await uow.Risks.TakeNextNumberAsync(workspaceId, ct)), members[0].Id, today, now.AddHours(-random.Next(24 * 30)));
            if (!risk.IsSuccess)
            {
                return risk.Error!;
            }

            await uow.Risks.AddAsync(risk.Value, ct);
        }

        for (var p = 0; p < LargeProgram.ReportCount; p++)
        {
            var report = ProgressReport.Create(
                workspaceId, projects[p % projects.Count].Id, random.Next(1, 2001), members[random.Next(members.Count)].Id, now.AddMinutes(-random.Next(60 * 24 * 14)),
                random.Next(101), random.Next(10) == 0 ? Rag.Amber : Rag.Green, "slower than planned", "Did things", "More things", random.Next(5) == 0 ? "Waiting on review" : null);
            await uow.Progress.AddAsync(report.Value, ct);
        }

        for (var a = 0; a < LargeProgram.ApprovalCount; a++)
        {
            var number = await uow.Approvals.TakeNextNumberAsync(workspaceId, ct);
            var draft = new ApprovalDraft((ApprovalKind)(a % 6), "Large change " + number.ToString(CultureInfo.InvariantCulture), projects[a % projects.Count].Id, members[a % members.Count].Id,
                [members[(a + 1) % members.Count].Id], ApprovalPolicy.Any, null);
            await uow.Approvals.AddAsync(ApprovalRequest.Create(draft, workspaceId, new ApprovalId(number), today, now.AddHours(-random.Next(24 * 20))).Value, ct);
        }

        return LargeProgram.RiskCount;
    }
}
