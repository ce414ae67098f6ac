using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class HelpCardRendererTests
{
    [Fact]
    public void Render_ShowsEachUsageWithItsDescription()
    {
        var card = HelpCardRenderer.Render(new HelpView("task", [new HelpEntry("task done <id>", "Finish a task"), new HelpEntry("task list", "Open tasks")]));

        Assert.Equal(["Commands for task", @"**task done \<id\>** — Finish a task", "**task list** — Open tasks"], CardJson.Texts(card));
    }

    [Fact]
    public void Render_PointsToTopics_WhenShowingTheOverview()
    {
        var card = HelpCardRenderer.Render(new HelpView(null, [new HelpEntry("help", "This")]));

        Assert.Equal("Here's what I can do", CardJson.Texts(card)[0]);
        Assert.Equal("Type help task or help project for details.", CardJson.Texts(card)[^1]);
    }
}
