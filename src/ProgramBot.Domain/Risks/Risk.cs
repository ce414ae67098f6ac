using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Domain.Risks;

/// <summary>A risk of a project or a program; score = probability × impact.</summary>
public sealed class Risk
{
    public required long WorkspaceId { get; init; }

    public required RiskId Id { get; init; }

    public long? ProjectId { get; init; }

    public long? ProgramId { get; init; }

    public required string Title { get; init; }

    public int Probability { get; private set; }

    public int Impact { get; private set; }

    public long? OwnerId { get; private set; }

    public string? Mitigation { get; private set; }

    public DateOnly? ReviewDate { get; private set; }

    public RiskStatus Status { get; private set; }

    public string? ClosingNote { get; private set; }

    public required long CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int Score => Probability * Impact;

    public bool IsOpen => Status is RiskStatus.Open or RiskStatus.Mitigating;

    public static Result<Risk> Create(RiskDraft draft, long workspaceId, RiskId id, long createdBy, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if ((draft.ProjectId is null) == (draft.ProgramId is null))
        {
            return new Error("risk.scope", "A risk belongs to one project or one program.");
        }

        var title = WorkItemTitle.Validate(draft.Title);
        if (!title.IsSuccess)
        {
            return new Error("risk.title", title.Error!.Message.Replace("task", "risk", StringComparison.Ordinal));
        }

        var risk = new Risk
        {
            WorkspaceId = workspaceId, Id = id, ProjectId = draft.ProjectId, ProgramId = draft.ProgramId,
            Title = title.Value, CreatedBy = createdBy, CreatedAt = now,
        };
        var change = new RiskChange(draft.Probability, draft.Impact, draft.OwnerId, draft.Mitigation, draft.ReviewDate);
        var applied = risk.Update(change, today, now);
        return applied.IsSuccess ? risk : applied.Error!;
    }

    /// <summary>Rebuilds a risk from storage without running the rules of change.</summary>
    public static Risk Restore(Risk template, RiskChange values, RiskStatus status, string? closingNote, DateTimeOffset updatedAt)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        (template.Probability, template.Impact) = (values.Probability ?? 1, values.Impact ?? 1);
        (template.OwnerId, template.Mitigation, template.ReviewDate) = (values.OwnerId, values.Mitigation, values.ReviewDate);
        (template.Status, template.ClosingNote, template.UpdatedAt) = (status, closingNote, updatedAt);
        return template;
    }

    /// <summary>Applies the given values; null leaves a value as it is. Checks every value first, so a refusal changes nothing.</summary>
    public Result<Unit> Update(RiskChange change, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        var probability = RiskScale.Validate(change.Probability ?? Probability, "Probability");
        var impact = RiskScale.Validate(change.Impact ?? Impact, "Impact");
        var mitigation = RiskText.Note(change.Mitigation ?? Mitigation, "mitigation");
        var failure = probability.Error ?? impact.Error ?? mitigation.Error;
        if (failure is not null)
        {
            return failure;
        }

        if (change.ReviewDate is { } review && review < today)
        {
            return new Error("risk.review.past", $"The review date {review:yyyy-MM-dd} is in the past; pick today or later.");
        }

        (Probability, Impact, Mitigation) = (probability.Value, impact.Value, mitigation.Value);
        OwnerId = change.OwnerId ?? OwnerId;
        ReviewDate = change.ReviewDate ?? ReviewDate;
        if (change.Mitigation is not null && Status == RiskStatus.Open)
        {
            Status = RiskStatus.Mitigating;
        }

        UpdatedAt = now;
        return Unit.Value;
    }

    public Result<Unit> Close(RiskStatus outcome, string? note, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return new Error("risk.closed", $"{Id} is already {Status.ToString().ToLowerInvariant()}.");
        }

        var validNote = RiskText.Note(note, "note");
        if (!validNote.IsSuccess)
        {
            return validNote.Error!;
        }

        (Status, ClosingNote, UpdatedAt) = (outcome == RiskStatus.Occurred ? RiskStatus.Occurred : RiskStatus.Closed, validNote.Value, now);
        return Unit.Value;
    }
}
