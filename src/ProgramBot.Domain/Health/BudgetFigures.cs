namespace ProgramBot.Domain.Health;

/// <summary>
/// A project's budget against its spend: share used, variance (budget − spend) and a simple
/// forecast at completion (spend ÷ percent complete), which is unknown until some work is done.
/// </summary>
public sealed record BudgetFigures(decimal Budget, string Currency, decimal Spent, int PercentComplete)
{
    public int UsedPercent => Budget <= 0 ? 0 : (int)Math.Round(100m * Spent / Budget, MidpointRounding.AwayFromZero);

    public decimal Variance => Budget - Spent;

    public decimal? ForecastAtCompletion => PercentComplete <= 0 ? null : Math.Round(Spent * 100m / PercentComplete, 2);

    /// <summary>How far the forecast passes the budget, as a fraction (0.25 = 25 % over); null when not over or unknown.</summary>
    public decimal? Overrun => ForecastAtCompletion is { } forecast && Budget > 0 && forecast > Budget ? (forecast - Budget) / Budget : null;
}
