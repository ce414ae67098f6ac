using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Health;
using ProgramBot.Application.Members;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Application.Programs;

/// <summary>
/// <c>program status KEY</c>, read with a fixed number of queries whatever the number of projects:
/// the projects, the dependency graph (two), the health reads, stakeholders, names and slips.
/// </summary>
public sealed class ProgramStatusHandler(IDataStore store, IOptions<HealthOptions> options)
{
    public const int SlipLimit = 5;
    public const int LessonLimit = 3;
    private static readonly TimeSpan SlipWindow = TimeSpan.FromDays(14);

    public async Task<View> StatusAsync(ProgramStatusCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var result = await store.ReadAsync<Result<View>>(
            async (uow, ct) =>
            {
                var program = await uow.Programs.FindByKeyAsync(context.WorkspaceId, command.Program, ct);
                if (program is null)
                {
                    return ProgramErrors.Unknown(command.Program);
                }

                var all = await uow.Projects.ListAsync(context.WorkspaceId, ct);
                var projects = all.Where(p => p.ProgramId == program.Id).ToList();
                var snapshot = await uow.Dependencies.ReadGraphAsync(context.WorkspaceId, ct);
                var graph = snapshot.ToGraph();
                var forecasts = Forecaster.Compute(graph);
                var health = await ProjectHealthReader.ReadAsync(
                    uow, context.WorkspaceId, projects, snapshot, forecasts, context.Today, context.Now, options.Value.ToPolicy(), ct);
                var stakeholders = await uow.Portfolio.ListStakeholdersAsync(context.WorkspaceId, program.Id, ct);
                var names = await MemberNames.ReadAsync(uow, context.WorkspaceId, [program.ManagerId, .. stakeholders.Select(id => (long?)id)], ct);
                var slips = await uow.Slips.ListRecentCrossProjectAsync(context.WorkspaceId, context.Now - SlipWindow, SlipLimit * 4, ct);
                var keys = all.ToDictionary(p => p.Id, p => p.Key.Value);
                var chain = ProgramChain.Find(graph, forecasts, snapshot, health.Milestones, keys);
                var (lessons, _) = await uow.Portfolio.ListLessonsAsync(context.WorkspaceId, [.. projects.Select(p => p.Id)], LessonLimit, ct);
                return new ProgramStatusView(
                    new ProgramSummary(program.Key.Value, program.Name, program.Objective, program.ManagerId is { } m ? names.GetValueOrDefault(m) : null),
                    [.. stakeholders.Select(id => names.GetValueOrDefault(id) ?? "someone")],
                    health.Projects,
                    [.. slips.Where(s => s.ProjectIds.Any(id => projects.Any(p => p.Id == id))).Take(SlipLimit).Select(s => s.Summary)],
                    chain,
                    context.TimeZone,
                    lessons);
            },
            cancellationToken);
        return Outcome.ToView(result, "program status");
    }
}
