using ProgramBot.Domain.Risks;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>A risks row as Dapper reads it.</summary>
internal sealed class RiskRow
{
    public long WorkspaceId { get; set; }

    public int Number { get; set; }

    public long? ProjectId { get; set; }

    public long? ProgramId { get; set; }

    public string Title { get; set; } = string.Empty;

    public int Probability { get; set; }

    public int Impact { get; set; }

    public long? OwnerId { get; set; }

    public string? Mitigation { get; set; }

    public DateOnly? ReviewDate { get; set; }

    public RiskStatus Status { get; set; }

    public string? ClosingNote { get; set; }

    public long CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Risk ToDomain()
    {
        var template = new Risk
        {
            WorkspaceId = WorkspaceId, Id = new RiskId(Number), ProjectId = ProjectId, ProgramId = ProgramId,
            Title = Title, CreatedBy = CreatedBy, CreatedAt = CreatedAt,
        };
        var values = new RiskChange(Probability, Impact, OwnerId, Mitigation, ReviewDate);
        return Risk.Restore(template, values, Status, ClosingNote, UpdatedAt);
    }
}
