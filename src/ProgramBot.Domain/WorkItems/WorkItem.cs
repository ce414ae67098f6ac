using ProgramBot.Domain.Common;

namespace ProgramBot.Domain.WorkItems;

/// <summary>A task. Named WorkItem so it never collides with System.Threading.Tasks.Task.</summary>
public sealed class WorkItem
{
    public const int MaxBlockedReasonLength = 500;

    public required long WorkspaceId { get; init; }

    public required long ProjectId { get; init; }

    public required WorkItemId Id { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public long? AssigneeId { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public Priority Priority { get; init; } = Priority.Medium;

    public WorkItemStatus Status { get; private set; } = WorkItemStatus.Todo;

    public string? BlockedReason { get; private set; }

    public int PercentComplete { get; private set; }

    private bool _isMilestone;

    /// <summary>A milestone: digests list it while it is coming up within two weeks, and when it was missed.</summary>
    public bool IsMilestone { get => _isMilestone; init => _isMilestone = value; }

    public required long CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Rebuilds a task from storage without running the rules of change.</summary>
    public static WorkItem Restore(
        WorkItem template, long? assigneeId, DateOnly? dueDate, WorkItemStatus status,
        string? blockedReason, int percentComplete, DateTimeOffset updatedAt)
    {
        ArgumentNullException.ThrowIfNull(template);
        template.AssigneeId = assigneeId;
        template.DueDate = dueDate;
        template.Status = status;
        template.BlockedReason = blockedReason;
        template.PercentComplete = percentComplete;
        template.UpdatedAt = updatedAt;
        return template;
    }

    public bool IsOverdue(DateOnly today) => Status != WorkItemStatus.Done && DueDate is { } due && due < today;

    public Result<Unit> Start(DateTimeOffset now) => Status switch
    {
        WorkItemStatus.InProgress => Refuse("already in progress"),
        WorkItemStatus.Done => Refuse("already done"),
        _ => Apply(WorkItemStatus.InProgress, null, now),
    };

    public Result<Unit> Complete(DateTimeOffset now)
    {
        if (Status == WorkItemStatus.Done)
        {
            return Refuse("already done");
        }

        PercentComplete = 100;
        return Apply(WorkItemStatus.Done, null, now);
    }

    public Result<Unit> Block(string? reason, DateTimeOffset now)
    {
        var trimmed = (reason ?? string.Empty).Trim();
        if (Status == WorkItemStatus.Done)
        {
            return Refuse("done, so it can't be blocked");
        }

        if (trimmed.Length == 0)
        {
            return new Error("task.block.reason", "Say what blocks it, for example: task block WEB-42 waiting for API keys.");
        }

        if (trimmed.Length > MaxBlockedReasonLength || trimmed.Any(char.IsControl))
        {
            return new Error("task.block.reason", $"Keep the reason to one line of at most {MaxBlockedReasonLength} characters.");
        }

        return Apply(WorkItemStatus.Blocked, trimmed, now);
    }

    /// <summary>Records reported progress: 100 % completes the task, any progress starts a task still to do.</summary>
    public Result<Unit> ReportProgress(int percent, DateTimeOffset now)
    {
        if (percent is < 0 or > 100)
        {
            return new Error("progress.percent", $"Percent complete is 0 to 100; {percent} is outside that.");
        }

        if (Status == WorkItemStatus.Done)
        {
            return Refuse("already done");
        }

        PercentComplete = percent;
        var status = percent == 100 ? WorkItemStatus.Done : percent > 0 && Status == WorkItemStatus.Todo ? WorkItemStatus.InProgress : Status;
        return Apply(status, status == WorkItemStatus.Blocked ? BlockedReason : null, now);
    }

    public Result<Unit> AssignTo(long memberId, DateTimeOffset now)
    {
        if (Status == WorkItemStatus.Done)
        {
            return Refuse("done, so it can't be reassigned");
        }

        AssigneeId = memberId;
        UpdatedAt = now;
        return Unit.Value;
    }

    public Result<Unit> Reschedule(DateOnly dueDate, DateOnly today, DateTimeOffset now)
    {
        if (Status == WorkItemStatus.Done)
        {
            return Refuse("done, so its due date can't change");
        }

        if (dueDate < today)
        {
            return DueDateRules.InPast(dueDate);
        }

        DueDate = dueDate;
        UpdatedAt = now;
        return Unit.Value;
    }

    /// <summary>Flags the task as a milestone, or (<paramref name="on"/> false) unflags it.</summary>
    public Result<Unit> MarkMilestone(bool on, DateTimeOffset now)
    {
        if (_isMilestone == on)
        {
            return Refuse(on ? "already a milestone" : "not a milestone");
        }

        _isMilestone = on;
        UpdatedAt = now;
        return Unit.Value;
    }

    private Result<Unit> Apply(WorkItemStatus status, string? blockedReason, DateTimeOffset now)
    {
        Status = status;
        BlockedReason = blockedReason;
        UpdatedAt = now;
        return Unit.Value;
    }

    private Error Refuse(string why) => new("task.transition", $"{Id} is {why}.");
}
