using System.ComponentModel.DataAnnotations;
using ProgramBot.Domain.Health;

namespace ProgramBot.Application.Health;

/// <summary>The RAG thresholds (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>A task overdue by more than this many days turns its project amber.</summary>
    [Range(0, 365)]
    public int OverdueGraceDays { get; set; } = 3;

    /// <summary>A budget forecast over by more than this fraction turns amber, by more than twice it red.</summary>
    [Range(0.0, 10.0)]
    public decimal BudgetTolerance { get; set; } = 0.10m;

    /// <summary>Days of estimated work a person can do in a week; <c>program load</c> flags anyone above it.</summary>
    [Range(0.5, 7.0)]
    public decimal WeeklyCapacityDays { get; set; } = 5m;

    public RagPolicy ToPolicy() => new(OverdueGraceDays, BudgetTolerance);
}
