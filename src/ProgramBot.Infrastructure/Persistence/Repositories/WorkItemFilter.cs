using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>
/// Turns a <see cref="WorkItemQuery"/> into a WHERE clause built only from constant fragments
/// (values always travel as parameters). Leaving out unused filters, rather than writing
/// <c>@X IS NULL OR …</c>, lets the planner use the indexes.
/// </summary>
internal static class WorkItemFilter
{
    public static (string Where, DynamicParameters Parameters) Build(long workspaceId, WorkItemQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var clauses = new List<string> { "w.workspace_id = @WorkspaceId" };
        var parameters = new DynamicParameters();
        parameters.Add("WorkspaceId", workspaceId);
        parameters.Add("Done", (int)WorkItemStatus.Done);
        if (query.ProjectId is { } projectId)
        {
            clauses.Add("w.project_id = @ProjectId");
            parameters.Add("ProjectId", projectId);
        }

        if (query.ProjectIds is { } projectIds)
        {
            clauses.Add("w.project_id IN @ProjectIds");
            parameters.Add("ProjectIds", projectIds.ToArray());
        }

        if (query.AssigneeId is { } assigneeId)
        {
            clauses.Add("w.assignee_id = @AssigneeId");
            parameters.Add("AssigneeId", assigneeId);
        }

        if (query.DueBefore is { } dueBefore)
        {
            clauses.Add("w.due_date < @DueBefore AND w.status <> @Done");
            parameters.Add("DueBefore", dueBefore);
        }

        if (query.DueFrom is { } dueFrom)
        {
            clauses.Add("w.due_date >= @DueFrom");
            parameters.Add("DueFrom", dueFrom);
        }

        if (query.MilestonesOnly)
        {
            clauses.Add("w.is_milestone = 1");
        }

        if (query.BlockedOnly)
        {
            clauses.Add("w.status = @Blocked");
            parameters.Add("Blocked", (int)WorkItemStatus.Blocked);
        }

        if (!query.IncludeDone)
        {
            clauses.Add("w.status <> @Done");
        }

        return (string.Join(" AND ", clauses), parameters);
    }
}
