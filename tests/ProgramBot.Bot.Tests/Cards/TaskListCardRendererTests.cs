using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Tests.Cards.Builders;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class TaskListCardRendererTests
{
    [Fact]
    public void Render_ShowsTenRowsAndTheRestAsMore_WhenFiveHundredMatched()
    {
        var card = TaskListCardRenderer.Render(new TaskListView("Open tasks", TaskViewBuilder.Many(500), 500));

        Assert.Contains("Open tasks (500)", CardJson.Texts(card));
        Assert.Equal(10, CardJson.Texts(card).Count(t => t.StartsWith("**WEB-", StringComparison.Ordinal)));
        Assert.Contains("+490 more", CardJson.Texts(card));
    }

    [Fact]
    public void Render_CountsMoreFromTheTotal_WhenTheViewHoldsOnlyTheFirstItems()
    {
        var card = TaskListCardRenderer.Render(new TaskListView("Mine", TaskViewBuilder.Many(3), 12));

        Assert.Contains("+9 more", CardJson.Texts(card));
    }

    [Fact]
    public void Render_ShowsEachRowsSummary()
    {
        var card = TaskListCardRenderer.Render(new TaskListView("Mine", TaskViewBuilder.Many(1, blockedReason: "legal"), 1));

        Assert.Contains("**WEB-1** Task 1", CardJson.Texts(card));
        Assert.Contains("blocked · @Ann · due Tue 2026-03-10 · high priority · blocked: legal", CardJson.Texts(card));
        Assert.DoesNotContain(CardJson.Texts(card), t => t.Contains("more", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_SaysNone_WhenNothingMatched()
    {
        var card = TaskListCardRenderer.Render(new TaskListView("Overdue", [], 0));

        Assert.Equal(["Overdue", "None."], CardJson.Texts(card));
    }

    [Fact]
    public void Render_EscapesTitles()
    {
        var card = TaskListCardRenderer.Render(new TaskListView("Mine", TaskViewBuilder.Many(1, "*x* [a](b)"), 1));

        Assert.Contains(@"**WEB-1** \*x\* \[a\](b) 1", CardJson.Texts(card));
    }

    [Fact]
    public void Render_StaysUnderTheLimit_WhenFiveHundredLongHostileTasksMatched()
    {
        var card = TaskListCardRenderer.Render(new TaskListView("All", TaskViewBuilder.Many(500, CardSamples.Long(400), CardSamples.Long(2000)), 500));

        Assert.InRange(CardSize.Bytes(card), 1, CardLimits.MaxBytes - 1);
        var shown = CardJson.Texts(card).Count(t => t.StartsWith("**WEB-", StringComparison.Ordinal));
        Assert.Contains($"+{500 - shown} more", CardJson.Texts(card));
    }
}
