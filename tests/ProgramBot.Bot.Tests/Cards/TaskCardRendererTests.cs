using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Tests.Cards.Builders;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class TaskCardRendererTests
{
    [Fact]
    public void Render_ShowsTitleIdAndFacts()
    {
        var card = Changed(new TaskViewBuilder().Build());

        Assert.Contains("Ship the landing page", CardJson.Texts(card));
        Assert.Contains("Created · WEB-42", CardJson.Texts(card));
        var facts = CardJson.Facts(card);
        Assert.Equal("to do", facts["Status"]);
        Assert.Equal("@Ann", facts["Assignee"]);
        Assert.Equal("Tue 2026-03-10", facts["Due"]);
        Assert.Equal("high", facts["Priority"]);
        Assert.False(facts.ContainsKey("Blocked"));
    }

    [Fact]
    public void Render_ShowsBlockedReasonAndOverdue_WhenBlockedAndLate()
    {
        var card = Changed(new TaskViewBuilder().WithBlockedReason("waiting on legal").WithDue(new DateOnly(2026, 1, 2), true).WithAssignee(null).Build());

        var facts = CardJson.Facts(card);
        Assert.Equal("waiting on legal", facts["Blocked"]);
        Assert.Equal("OVERDUE, was due Fri 2026-01-02", facts["Due"]);
        Assert.Equal("unassigned", facts["Assignee"]);
    }

    [Theory]
    [InlineData(WorkItemStatus.Todo, new[] { CardVerbs.TaskStart, CardVerbs.TaskDone, CardVerbs.TaskAssignToMe })]
    [InlineData(WorkItemStatus.Blocked, new[] { CardVerbs.TaskStart, CardVerbs.TaskDone, CardVerbs.TaskAssignToMe })]
    [InlineData(WorkItemStatus.InProgress, new[] { CardVerbs.TaskDone, CardVerbs.TaskAssignToMe })]
    [InlineData(WorkItemStatus.Done, new string[0])]
    public void Render_OffersTheButtonsTheStatusAllows(WorkItemStatus status, string[] verbs)
    {
        var card = Changed(new TaskViewBuilder().WithStatus(status).Build());

        Assert.Equal(verbs, CardJson.Verbs(card));
    }

    [Fact]
    public void Render_PutsVerbAndTaskIdInEveryActionsData()
    {
        var card = Changed(new TaskViewBuilder().WithId("API-7").Build());

        Assert.All(CardJson.Actions(card), a =>
        {
            Assert.Equal((string)a["verb"]!, (string)a["data"]!["verb"]!);
            Assert.Equal("API-7", (string)a["data"]!["id"]!);
            Assert.Equal("API-7", (string)a["fallback"]!["data"]!["id"]!);
        });
        Assert.Equal(["Start", "Done", "Assign to me"], CardJson.Actions(card).Select(a => (string)a["title"]!));
    }

    [Fact]
    public void Render_ShowsAHostileTitleLiterally()
    {
        var card = Changed(new TaskViewBuilder().WithTitle("*bold* [x](http://evil)").Build());

        Assert.Contains(@"\*bold\* \[x\](http://evil)", CardJson.Texts(card));
        Assert.DoesNotContain("[x](", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Detail_ShowsProjectAndCreationInTheViewersZone()
    {
        var berlin = TimeZoneInfo.CreateCustomTimeZone("test+1", TimeSpan.FromHours(1), "test+1", "test+1");
        var view = new TaskDetailView(new TaskViewBuilder().Build(), "Website *relaunch*", "Dana", new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero), berlin);

        var facts = CardJson.Facts(TaskCardRenderer.Render(view));

        Assert.Equal(@"Website \*relaunch\*", facts["Project"]);
        Assert.Equal("by Dana on Tue 2026-03-03 00:30", facts["Created"]);
    }

    [Fact]
    public void Render_MarksAMilestoneBeforeItsTitle_AndNamesTheChange()
    {
        var card = TaskCardRenderer.Render(new TaskChangedView(new TaskViewBuilder().AsMilestone().Build(), TaskChange.MilestoneSet));

        Assert.Contains("◆ Ship the landing page", CardJson.Texts(card));
        Assert.Contains("Milestone · WEB-42", CardJson.Texts(card));
    }

    private static System.Text.Json.Nodes.JsonObject Changed(TaskView task) => TaskCardRenderer.Render(new TaskChangedView(task, TaskChange.Created));
}
