namespace ProgramBot.Domain.Dependencies;

/// <summary>A task whose forecast finish moved later, from <paramref name="Before"/> to <paramref name="After"/>.</summary>
public sealed record ForecastShift(TaskRef Task, DateOnly Before, DateOnly After)
{
    public int Days => After.DayNumber - Before.DayNumber;
}
