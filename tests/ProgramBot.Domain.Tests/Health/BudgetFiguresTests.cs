using ProgramBot.Domain.Health;

namespace ProgramBot.Domain.Tests.Health;

public sealed class BudgetFiguresTests
{
    [Fact]
    public void Figures_GiveUsedVarianceAndForecast()
    {
        var figures = new BudgetFigures(120_000m, "EUR", 60_000m, 40);

        Assert.Equal((50, 60_000m, 150_000m, 0.25m), (figures.UsedPercent, figures.Variance, figures.ForecastAtCompletion, figures.Overrun));
    }

    [Fact]
    public void Forecast_IsUnknown_BeforeAnyWorkIsDone()
    {
        var figures = new BudgetFigures(1_000m, "EUR", 200m, 0);

        Assert.Equal((null, null), (figures.ForecastAtCompletion, figures.Overrun));
    }

    [Fact]
    public void Overrun_IsNull_WhenTheForecastStaysWithinBudget() =>
        Assert.Null(new BudgetFigures(1_000m, "EUR", 400m, 50).Overrun);
}
