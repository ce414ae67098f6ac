using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Dependencies;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class GraphTaskRow
{
    public long ProjectId { get; set; }

    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public long? AssigneeId { get; set; }

    public DateOnly? DueDate { get; set; }

    public int Status { get; set; }

    public bool IsMilestone { get; set; }

    public double? EstimateDays { get; set; }

    public GraphTask ToGraphTask() => new(
        new TaskRef(ProjectId, Number), Title, AssigneeId, DueDate, (WorkItemStatus)Status, IsMilestone,
        EstimateDays is { } days ? (decimal)days : null);
}
