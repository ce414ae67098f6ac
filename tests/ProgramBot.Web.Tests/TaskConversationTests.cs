using ProgramBot.TestKit.Builders;

namespace ProgramBot.Web.Tests;

/// <summary>Tasks and projects by one-line commands, end to end through /api/messages.</summary>
public sealed class TaskConversationTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private readonly string _tenant = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task TaskAdd_ShowsTaskWithAssigneeAndComingFriday_WhenListedInSendersZone()
    {
        await SayAsync("project new WEB Website relaunch");

        var added = await AskAsync(Message("task add Write spec <at>Alice Smith</at> due:fri #WEB")
            .Mentioning("29:alice-smith", "Alice Smith").WithTimeZone("Asia/Tokyo"));
        var listed = await AskAsync(Message("task list #WEB").WithTimeZone("Asia/Tokyo"));

        // 23:30 UTC on Thursday is 08:30 on Friday in Tokyo, so the coming Friday is a week later.
        Assert.Contains("WEB-1", added.Single());
        var line = Assert.Single(listed).Split('\n').Single(l => l.Contains("WEB-1", StringComparison.Ordinal));
        Assert.Contains("Write spec", line);
        Assert.Contains("@Alice Smith", line);
        Assert.Contains("Fri 2026-12-04", line);
    }

    [Fact]
    public async Task TaskAdd_UsesUtcFriday_WhenClientSendsNoZone()
    {
        await SayAsync("project new WEB Website relaunch");

        var added = await AskAsync(Message("task add Write spec due:fri #WEB"));

        Assert.Contains("Fri 2026-11-27", added.Single());
    }

    [Fact]
    public async Task BotMention_IsStrippedFromCommand_InChannel()
    {
        await SayAsync("project new WEB Website relaunch");

        var replies = await AskAsync(Message("<at>ProgramBot</at> task add Review copy #WEB").MentioningBot()
            .InConversation("19:general@thread.tacv2"));

        Assert.StartsWith("Created **WEB-1** Review copy", replies.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskLifecycle_MovesThroughStatuses_WhenCommandsArrive()
    {
        await SayAsync("project new API Public API");
        await SayAsync("task add Issue keys #API");

        var started = await SayAsync("task start API-1");
        var blocked = await SayAsync("task block api-1 waiting for legal");
        var assigned = await AskAsync(Message("task assign API-1 <at>Bob</at>").Mentioning("29:bob", "Bob"));
        var due = await SayAsync("task due API-1 2026-12-18");
        var done = await SayAsync("task done API-1");
        var shown = await SayAsync("task show API-1");

        Assert.Contains("in progress", started);
        Assert.Contains("blocked: waiting for legal", blocked);
        Assert.Contains("@Bob", assigned.Single());
        Assert.Contains("Fri 2026-12-18", due);
        Assert.Contains("done", done);
        Assert.Contains("Project: Public API", shown);
    }

    [Fact]
    public async Task ProjectBind_MakesProjectOptional_InThatConversation()
    {
        await SayAsync("project new MOB Mobile app");
        await SayAsync("project bind #MOB");

        var added = await SayAsync("task add Ship beta");
        var status = await SayAsync("project status");

        Assert.Contains("MOB-1", added);
        Assert.Contains("**MOB** — Mobile app", status);
        Assert.Contains("1 tasks", status);
    }

    [Fact]
    public async Task SameActivityDeliveredTwice_CreatesOneTask()
    {
        await SayAsync("project new WEB Website relaunch");
        var activity = Message("task add Only once #WEB").WithId("activity-duplicate-1").Build();

        var first = await fixture.Host.AskAsync(activity);
        var second = await fixture.Host.AskAsync((System.Text.Json.Nodes.JsonObject)activity.DeepClone());
        var listed = await SayAsync("task list #WEB");

        Assert.Contains("WEB-1", first.Single());
        Assert.Empty(second);
        Assert.Contains("(1)", listed);
        Assert.DoesNotContain("WEB-2", listed);
    }

    [Fact]
    public async Task TaskIdOfAnotherWorkspace_IsNotFound()
    {
        await SayAsync("project new SEC Secret");
        await SayAsync("task add Hidden #SEC");
        var other = Guid.NewGuid().ToString("N");

        var replies = await fixture.Host.AskAsync(ActivityBuilder.Message("task show SEC-1").InTenant(other).Build());
        var changed = await fixture.Host.AskAsync(ActivityBuilder.Message("task done SEC-1").InTenant(other).Build());
        var ours = await SayAsync("task show SEC-1");

        Assert.StartsWith("There's no task SEC-1 here.", replies.Single(), StringComparison.Ordinal);
        Assert.StartsWith("There's no task SEC-1 here.", changed.Single(), StringComparison.Ordinal);
        Assert.Contains("to do", ours);
    }

    private ActivityBuilder Message(string text) => ActivityBuilder.Message(text).InTenant(_tenant);

    private Task<IReadOnlyList<string>> AskAsync(ActivityBuilder activity) => fixture.Host.AskAsync(activity.Build());

    private async Task<string> SayAsync(string text) => (await AskAsync(Message(text))).Single();
}
