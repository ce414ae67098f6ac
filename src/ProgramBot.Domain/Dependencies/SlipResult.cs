namespace ProgramBot.Domain.Dependencies;

/// <summary>
/// What one change did to forecasts: the cause's own move (null when its forecast did not move
/// later), every other task whose forecast moved later, in dependency order, and the forecasts before and after.
/// </summary>
public sealed record SlipResult(ForecastShift? Cause, IReadOnlyList<ForecastShift> Moved, IReadOnlyDictionary<TaskRef, DateOnly?> Before, IReadOnlyDictionary<TaskRef, DateOnly?> After)
{
    public bool Any => Cause is not null || Moved.Count > 0;
}
