using ProgramBot.Application.Commands;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Application.Tests.Parsing;

public class TaskCommandParsingTests
{
    private static readonly WorkItemId Web42 = new(EntityKey.Parse("WEB", "project").Value, 42);

    [Fact]
    public void Parse_ReturnsTaskNew_WhenNothingFollows()
    {
        Assert.Equal(new TaskNewCommand(), Parsed.Ok<TaskNewCommand>("task new"));
    }

    [Theory]
    [InlineData("task show WEB-42")]
    [InlineData("task show web-42")]
    [InlineData("Task SHOW \"WEB-42\"")]
    public void Parse_ReadsTaskId_CaseInsensitively(string text)
    {
        Assert.Equal(new TaskShowCommand(Web42), Parsed.Ok<TaskShowCommand>(text));
    }

    [Fact]
    public void Parse_ReadsStartAndDone_WithTheirIds()
    {
        Assert.Equal(new TaskStartCommand(Web42), Parsed.Ok<TaskStartCommand>("task start WEB-42"));
        Assert.Equal(new TaskDoneCommand(Web42), Parsed.Ok<TaskDoneCommand>("task done WEB-42"));
    }

    [Theory]
    [InlineData("task show", "Which task? Give its id, like WEB-42.")]
    [InlineData("task done WEB", "'WEB' is not a task id; task ids look like WEB-42.")]
    [InlineData("task start WEB-0", "'WEB-0' is not a task id; task ids look like WEB-42.")]
    [InlineData("task show WEB-42 now", "I don't know what 'now' is for in 'task show'.")]
    [InlineData("task show <at>Bob</at>", "'<at>Bob</at>' is not a task id; task ids look like WEB-42.")]
    public void Parse_Fails_WhenIdIsMissingBadOrFollowedByMore(string text, string error)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal(error, outcome.Error);
        Assert.Equal($"{string.Join(' ', text.Split(' ').Take(2)).ToLowerInvariant()} <id>", outcome.Usage);
    }

    [Fact]
    public void Parse_KeepsReasonAsTyped_WhenTaskIsBlocked()
    {
        var command = Parsed.Ok<TaskBlockCommand>("task block WEB-42 waiting for \"API keys\" from <at>Bob</at>");

        Assert.Equal(new TaskBlockCommand(Web42, "waiting for \"API keys\" from <at>Bob</at>"), command);
    }

    [Fact]
    public void Parse_Fails_WhenBlockHasNoReason()
    {
        var outcome = Parsed.Fails("task block WEB-42");

        Assert.Equal("Say why it is blocked, like: task block WEB-42 waiting for API keys.", outcome.Error);
        Assert.Equal("task block <id> <reason>", outcome.Usage);
    }

    [Theory]
    [InlineData("task assign WEB-42 @bob", MemberRefKind.Handle, "bob")]
    [InlineData("task assign WEB-42 me", MemberRefKind.Me, "me")]
    [InlineData("task assign WEB-42 ME", MemberRefKind.Me, "me")]
    [InlineData("task assign WEB-42 <at>Bob Jones</at>", MemberRefKind.Mention, "Bob Jones")]
    [InlineData("task assign WEB-42 <@U42|bob>", MemberRefKind.ChannelUser, "U42")]
    public void Parse_ReadsAssignee_ForAssign(string text, MemberRefKind kind, string value)
    {
        var command = Parsed.Ok<TaskAssignCommand>(text);

        Assert.Equal(new TaskAssignCommand(Web42, new MemberRef(kind, value)), command);
    }

    [Theory]
    [InlineData("task assign WEB-42", "Who should do WEB-42? Mention someone or say me.")]
    [InlineData("task assign WEB-42 bob", "'bob' is not a person; mention someone, like @bob, or say me.")]
    [InlineData("task assign WEB-42 @bob @carol", "I don't know what '@carol' is for in 'task assign'.")]
    [InlineData("task assign @bob", "'@bob' is not a task id; task ids look like WEB-42.")]
    public void Parse_Fails_WhenAssignIsIncomplete(string text, string error)
    {
        Assert.Equal(error, Parsed.Fails(text).Error);
    }

    [Theory]
    [InlineData("task due WEB-42 2026-12-18", "2026-12-18")]
    [InlineData("task due WEB-42 next week", "2026-11-30")]
    [InlineData("task due WEB-42 in 2 weeks", "2026-12-09")]
    [InlineData("task due WEB-42 \"end of month\"", "2026-11-30")]
    [InlineData("task due WEB-42 Fri", "2026-11-27")]
    public void Parse_ReadsDate_ForDue(string text, string expected)
    {
        var command = Parsed.Ok<TaskDueCommand>(text);

        Assert.Equal(new TaskDueCommand(Web42, Parsed.Date(expected)), command);
    }

    [Theory]
    [InlineData("task due WEB-42", "When is WEB-42 due? Add a date, like fri or 2026-12-18.")]
    [InlineData("task due WEB-42 someday soon", "I can't read 'someday soon' as a date. Try 2026-12-18, today, tomorrow, fri, next week, in 3 days or end of month.")]
    public void Parse_Fails_WhenDueDateIsMissingOrUnreadable(string text, string error)
    {
        Assert.Equal(error, Parsed.Fails(text).Error);
    }
}
