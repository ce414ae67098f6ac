using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Health;
using ProgramBot.Application.Tasks;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Application.Projects;

/// <summary><c>project list</c> and <c>project status</c>.</summary>
public sealed class ProjectQueryHandler(IDataStore store, IOptions<HealthOptions> options)
{
    public const int AttentionLimit = 5;

    public Task<View> ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return store.ReadAsync<View>(
            async (uow, ct) =>
            {
                var projects = await uow.Projects.ListAsync(context.WorkspaceId, ct);
                var boundId = await uow.ChannelBindings.FindProjectIdAsync(context.WorkspaceId, context.ConversationId, ct);
                var summaries = await ProjectSummaries.CreateAsync(uow, context.WorkspaceId, projects, ct);
                return new ProjectListView(summaries, projects.FirstOrDefault(p => p.Id == boundId)?.Key.Value);
            },
            cancellationToken);
    }

    public async Task<View> StatusAsync(ProjectStatusCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var result = await store.ReadAsync<Result<View>>(
            async (uow, ct) =>
            {
                var project = await ProjectLookup.FindAsync(uow, command.Project, context, ct);
                if (!project.IsSuccess)
                {
                    return project.Error!;
                }

                var id = project.Value.Id;
                var counts = (await uow.WorkItems.CountByStatusAsync(context.WorkspaceId, [id], context.Today, ct))[id];
                var overdue = await uow.WorkItems.ListAsync(context.WorkspaceId, new WorkItemQuery(id, DueBefore: context.Today, Limit: AttentionLimit), ct);
                var blocked = overdue.Count < AttentionLimit
                    ? await uow.WorkItems.ListAsync(context.WorkspaceId, new WorkItemQuery(id, BlockedOnly: true, Limit: AttentionLimit - overdue.Count), ct)
                    : [];
                var attention = await TaskViews.CreateAsync(uow, context.WorkspaceId, [.. overdue, .. blocked.Where(b => !overdue.Any(o => o.Id == b.Id))], context.Today, ct);
                var summary = (await ProjectSummaries.CreateAsync(uow, context.WorkspaceId, [project.Value], ct))[0];
                var latest = (await uow.Progress.LatestForProjectsAsync(context.WorkspaceId, [id], ct)).GetValueOrDefault(id);
                var snapshot = await uow.Dependencies.ReadGraphAsync(context.WorkspaceId, ct);
                var health = await ProjectHealthReader.ReadAsync(
                    uow, context.WorkspaceId, [project.Value], snapshot, Forecaster.Compute(snapshot.ToGraph()), context.Today, context.Now, options.Value.ToPolicy(), ct);
                var view = health.Projects[0];
                return new ProjectStatusView(
                    summary, counts.Total, counts.Todo, counts.InProgress, counts.Blocked, counts.Done, counts.Overdue, view.PercentComplete, attention, latest,
                    view, context.TimeZone);
            },
            cancellationToken);
        return Outcome.ToView(result, "project status");
    }
}
