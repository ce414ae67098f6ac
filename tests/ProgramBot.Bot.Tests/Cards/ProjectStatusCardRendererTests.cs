using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Tests.Cards.Builders;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class ProjectStatusCardRendererTests
{
    [Fact]
    public void Render_ShowsProjectPercentAndCountsAsFacts()
    {
        var card = ProjectStatusCardRenderer.Render(CardSamples.Status([], null));

        Assert.Contains("Website relaunch", CardJson.Texts(card));
        var facts = CardJson.Facts(card);
        Assert.Equal("APOLLO", facts["Program"]);
        Assert.Equal("Pat", facts["PM"]);
        Assert.Equal("Tue 2026-06-30", facts["Target end"]);
        Assert.Equal("30%", facts["Complete"]);
        Assert.Equal(["20", "5", "6", "3", "6", "2"], new[] { "Tasks", "To do", "In progress", "Blocked", "Done", "Overdue" }.Select(k => facts[k]));
        Assert.DoesNotContain("**Needs attention**", CardJson.Texts(card));
    }

    [Fact]
    public void Render_ShowsTheLatestReport()
    {
        var report = new ProgressReport(1, 1, null, 1, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), 40, Rag.Amber, "late", null, null, null);

        var card = ProjectStatusCardRenderer.Render(CardSamples.Status([], report));

        Assert.Contains("**Last report:** 40% · amber 🟠 on Mon 2026-03-02", CardJson.Texts(card));
    }

    [Fact]
    public void Render_ListsWhatNeedsAttention_AtMostTenRows()
    {
        var card = ProjectStatusCardRenderer.Render(CardSamples.Status(TaskViewBuilder.Many(14, "*Late*"), null));

        Assert.Contains("**Needs attention**", CardJson.Texts(card));
        Assert.Contains(@"**WEB-1** \*Late\* 1", CardJson.Texts(card));
        Assert.Equal(10, CardJson.Texts(card).Count(t => t.StartsWith("**WEB-", StringComparison.Ordinal)));
        Assert.Contains("+4 more", CardJson.Texts(card));
    }
}
