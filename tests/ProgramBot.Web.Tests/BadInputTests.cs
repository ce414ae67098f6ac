using ProgramBot.TestKit.Builders;

namespace ProgramBot.Web.Tests;

/// <summary>Every bad input gets a one-line reason plus the usage, and changes nothing.</summary>
public sealed class BadInputTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private readonly string _tenant = Guid.NewGuid().ToString("N");

    public static TheoryData<string, string> BadCommands => new()
    {
        { "frobnicate the widgets", "I don't know" },
        { "task add Write spec #NOPE", "There's no project NOPE here." },
        { "task add Write spec due:someday #WEB", "someday" },
        { "task add " + new string('x', 201) + " #WEB", "201 characters" },
        { "task add #WEB", "title" },
        { "task add Yesterday's work due:2026-11-01 #WEB", "in the past" },
        { "task add Pair <at>Bob</at> @carol #WEB", "one assignee" },
        { "task assign WEB-1 @nobody", "I don't know @nobody" },
        { "task show WEB-99", "There's no task WEB-99 here." },
        { "task show 42", "task id" },
        { "task block WEB-1", "reason" },
        { "project new WEB Duplicate", "already exists" },
        { "project new W Too short", "not a valid project key" },
        { "project new APP App program:NOPE", "no program NOPE" },
        { "project bind #NOPE", "There's no project NOPE here." },
    };

    [Theory]
    [MemberData(nameof(BadCommands))]
    public async Task BadCommand_GetsReasonAndChangesNothing(string command, string expectedReason)
    {
        await SayAsync("project new WEB Website relaunch");
        await SayAsync("task add Existing task #WEB");
        var before = await SayAsync("task list #WEB");

        var reply = await SayAsync(command);
        var after = await SayAsync("task list #WEB");
        var projects = await SayAsync("project list");

        Assert.Contains(expectedReason, reply, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, after);
        Assert.DoesNotContain("APP", projects);
        Assert.DoesNotContain("default here", projects);
    }

    [Fact]
    public async Task TransitionNotAllowed_IsRefusedAndTaskUnchanged()
    {
        await SayAsync("project new WEB Website relaunch");
        await SayAsync("task add Ship it #WEB");
        await SayAsync("task done WEB-1");

        var restart = await SayAsync("task start WEB-1");
        var block = await SayAsync("task block WEB-1 too late");
        var shown = await SayAsync("task show WEB-1");

        Assert.StartsWith("WEB-1 is already done.", restart, StringComparison.Ordinal);
        Assert.Contains("Usage: `task start", restart, StringComparison.Ordinal);
        Assert.Contains("can't be blocked", block);
        Assert.Contains("· done ·", shown);
    }

    [Fact]
    public async Task UnknownCommand_GetsReasonWithoutUsage()
    {
        var reply = await SayAsync("make coffee");

        Assert.Contains("help", reply);
        Assert.DoesNotContain("Usage:", reply);
    }

    private async Task<string> SayAsync(string text) =>
        (await fixture.Host.AskAsync(ActivityBuilder.Message(text).InTenant(_tenant).Build())).Single();
}
