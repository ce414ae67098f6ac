using System.Text.Json;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Conversations;
using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Application.Slips;

/// <summary>
/// Turns a propagation into a report — tasks, milestones, projects and programs whose forecast
/// moved later — with a fixed number of queries, and records it with the change.
/// </summary>
public static class SlipReportBuilder
{
    /// <summary>The recorded change, or null when nothing moved that anyone needs to hear about.</summary>
    public static async Task<RecordedSlip?> RecordAsync(IUnitOfWork uow, CommandContext context, SlipInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var report = await BuildAsync(uow, context.WorkspaceId, input, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var json = JsonSerializer.Serialize(report, SlipJson.Options);
        var recorded = new RecordedSlip(0, report);
        var projects = report.Tasks.Select(t => t.ProjectId).Concat(report.Projects.Select(p => p.Id)).Distinct().ToList();
        var id = await uow.Slips.RecordAsync(context.WorkspaceId, new RecentSlip(recorded.Summary, projects), report.CrossesProjects, json, context.Now, cancellationToken);

        // Its notices' job goes in the outbox with the change, so a process killed after the commit still tells them.
        await uow.Notices.AddJobAsync(context.WorkspaceId, SlipNoticeJob.JobKind, SlipNoticeJob.ArgumentFor(context.WorkspaceId, id), context.Now, cancellationToken);
        return recorded with { Id = id };
    }

    public static async Task<SlipReport?> BuildAsync(IUnitOfWork uow, long workspaceId, SlipInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(input);
        var shifts = input.ListCause && input.Result.Cause is { } own ? [own, .. input.Result.Moved] : input.Result.Moved;
        var projects = (await uow.Projects.ListAsync(workspaceId, cancellationToken)).ToDictionary(p => p.Id);
        var tasks = shifts.Select(s => TaskLine(s, input.Tasks[s.Task], projects[s.Task.ProjectId])).ToList();
        var affected = tasks.Select(t => t.ProjectId).Append(input.Cause.ProjectId).ToHashSet();
        var programIds = affected.Select(id => projects[id].ProgramId).OfType<long>().ToHashSet();
        var relevant = projects.Values.Where(p => affected.Contains(p.Id) || p.ProgramId is { } program && programIds.Contains(program)).ToList();
        var latestDue = await uow.Dependencies.LatestDueByProjectAsync(workspaceId, [.. relevant.Select(p => p.Id)], cancellationToken);
        var open = input.Tasks.Values.Where(t => t.Status != Domain.WorkItems.WorkItemStatus.Done).Select(t => t.Ref).ToHashSet();
        var before = SlipEnds.ByProject(latestDue, input.Result.Before, open);
        var dueAfter = new Dictionary<long, DateOnly>(latestDue);
        if (input.CauseNewDue is { } due && (!dueAfter.TryGetValue(input.Cause.ProjectId, out var latest) || due > latest))
        {
            dueAfter[input.Cause.ProjectId] = due;
        }

        var after = SlipEnds.ByProject(dueAfter, input.Result.After, open);
        var projectLines = relevant.Where(p => affected.Contains(p.Id) && Later(before, after, p.Id))
            .Select(p => new SlipEndLine(p.Id, p.Key.Value, p.ManagerId, p.ProgramId, Get(before, p.Id), after[p.Id], p.TargetEnd)).ToList();
        var programLines = await ProgramLinesAsync(uow, workspaceId, relevant, programIds, before, after, cancellationToken);
        // A task that moves nothing downstream is news only when it pushes its project past the target end.
        return tasks.Count == 0 && !projectLines.Any(p => p.After > p.Target) ? null : new SlipReport(input.Headline, tasks, projectLines, programLines);
    }

    private static async Task<List<SlipEndLine>> ProgramLinesAsync(
        IUnitOfWork uow, long workspaceId, IReadOnlyList<Domain.Projects.Project> relevant, HashSet<long> programIds,
        Dictionary<long, DateOnly> before, Dictionary<long, DateOnly> after, CancellationToken cancellationToken)
    {
        if (programIds.Count == 0)
        {
            return [];
        }

        var lines = new List<SlipEndLine>();
        foreach (var program in (await uow.Programs.ListAsync(workspaceId, cancellationToken)).Where(p => programIds.Contains(p.Id)))
        {
            var members = relevant.Where(p => p.ProgramId == program.Id).Select(p => p.Id).ToList();
            var was = Max(before, members);
            if (Max(after, members) is { } now && (was is null || now > was))
            {
                var stakeholders = await uow.Portfolio.ListStakeholdersAsync(workspaceId, program.Id, cancellationToken);
                lines.Add(new SlipEndLine(program.Id, program.Key.Value, program.ManagerId, program.Id, was, now, null, stakeholders.Count == 0 ? null : stakeholders));
            }
        }

        return lines;
    }

    private static SlipTaskLine TaskLine(ForecastShift shift, GraphTask task, Domain.Projects.Project project) => new(
        $"{project.Key.Value}-{task.Ref.Number}", task.IsMilestone ? task.Title : null, task.Ref.ProjectId, task.AssigneeId, task.IsMilestone,
        shift.Before, shift.After, task.IsMilestone ? project.TargetEnd : null);

    private static bool Later(Dictionary<long, DateOnly> before, Dictionary<long, DateOnly> after, long id) =>
        after.TryGetValue(id, out var now) && (!before.TryGetValue(id, out var was) || now > was);

    private static DateOnly? Get(Dictionary<long, DateOnly> ends, long id) => ends.TryGetValue(id, out var end) ? end : null;

    private static DateOnly? Max(Dictionary<long, DateOnly> ends, IEnumerable<long> ids) =>
        ids.Select(id => Get(ends, id)).Max();
}
