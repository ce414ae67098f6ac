using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Infrastructure.Tests.Support;

/// <summary>Builds tasks for a test workspace; numbers are taken from the project like the app does.</summary>
public sealed class WorkItemBuilder(TestWorkspace workspace, DateTimeOffset now)
{
    private string _title = "Write the release notes";
    private long? _assigneeId;
    private DateOnly? _dueDate;
    private WorkItemStatus _status = WorkItemStatus.Todo;
    private string? _blockedReason;
    private int _percent;
    private long? _projectId;
    private string? _projectKey;

    public WorkItemBuilder WithTitle(string title) { _title = title; return this; }

    public WorkItemBuilder WithAssignee(long? memberId) { _assigneeId = memberId; return this; }

    public WorkItemBuilder WithDueDate(DateOnly? dueDate) { _dueDate = dueDate; return this; }

    public WorkItemBuilder WithStatus(WorkItemStatus status, string? blockedReason = null)
    {
        _status = status;
        _blockedReason = blockedReason;
        return this;
    }

    public WorkItemBuilder WithPercent(int percent) { _percent = percent; return this; }

    public WorkItemBuilder InProject(long projectId, string projectKey)
    {
        _projectId = projectId;
        _projectKey = projectKey;
        return this;
    }

    public WorkItem Build(int number)
    {
        var key = _projectKey is null ? workspace.Project.Key : ProgramBot.Domain.Common.EntityKey.Parse(_projectKey, "project").Value;
        var item = new WorkItem
        {
            WorkspaceId = workspace.Id,
            ProjectId = _projectId ?? workspace.Project.Id,
            Id = new WorkItemId(key, number),
            Title = _title,
            Description = "Details",
            Priority = Priority.High,
            CreatedBy = workspace.Member.Id,
            CreatedAt = now,
        };
        return WorkItem.Restore(item, _assigneeId, _dueDate, _status, _blockedReason, _percent, now);
    }

    /// <summary>Takes the next number and inserts the task in one write; returns the stored task.</summary>
    public async Task<WorkItem> AddAsync(ITestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var result = await database.Store.WriteAsync<WorkItem>(
            async (uow, ct) =>
            {
                var number = await uow.Projects.TakeNextTaskNumberAsync(workspace.Id, _projectId ?? workspace.Project.Id, ct);
                var item = Build(number);
                await uow.WorkItems.AddAsync(item, ct);
                return item;
            },
            CancellationToken.None);
        return result.Value;
    }
}
