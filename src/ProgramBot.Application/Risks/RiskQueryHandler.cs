using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Risks;

/// <summary><c>risk list</c> and <c>risk show</c>: reads only.</summary>
public sealed class RiskQueryHandler(IDataStore store)
{
    public const int ListLimit = 15;
    public const int TopLimit = 5;

    public async Task<View> ListAsync(RiskListCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var result = await store.ReadAsync<Result<View>>(
            async (uow, ct) =>
            {
                RiskScope? scope = null;
                if (command.Project is not null || command.Program is not null)
                {
                    var found = await RiskScope.FindAsync(uow, command.Project, command.Program, context, ct);
                    if (!found.IsSuccess)
                    {
                        return found.Error!;
                    }

                    scope = found.Value;
                }

                var query = new RiskQuery(scope?.ProjectId, scope?.ProgramId, !command.IncludeClosed, command.TopOnly ? TopLimit : ListLimit);
                var risks = await uow.Risks.ListAsync(context.WorkspaceId, query, ct);
                var total = risks.Count < query.Limit ? risks.Count : await uow.Risks.CountAsync(context.WorkspaceId, query, ct);
                var policy = await uow.Workspaces.GetRiskPolicyAsync(context.WorkspaceId, ct);
                var heading = $"{(command.TopOnly ? "Top" : command.IncludeClosed ? "All" : "Open")} risks{(scope is null ? string.Empty : " — " + scope.Key)}";
                return new RiskListView(heading, await RiskViews.CreateAsync(uow, context.WorkspaceId, risks, policy, ct), total);
            },
            cancellationToken);
        return Outcome.ToView(result, "risk list");
    }

    public async Task<View> ShowAsync(RiskShowCommand command, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(context);
        var result = await store.ReadAsync<Result<View>>(
            async (uow, ct) =>
            {
                var risk = await uow.Risks.FindAsync(context.WorkspaceId, command.Id, ct);
                if (risk is null)
                {
                    return RiskErrors.NotFound(command.Id);
                }

                var policy = await uow.Workspaces.GetRiskPolicyAsync(context.WorkspaceId, ct);
                var views = await RiskViews.CreateAsync(uow, context.WorkspaceId, [risk], policy, ct);
                return new RiskChangedView(views[0], RiskChangeKind.Shown, null);
            },
            cancellationToken);
        return Outcome.ToView(result, "risk show");
    }
}
