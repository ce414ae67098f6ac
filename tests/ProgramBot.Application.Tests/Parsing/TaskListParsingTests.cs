using ProgramBot.Application.Commands;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Tests.Parsing;

public class TaskListParsingTests
{
    private static readonly EntityKey Web = EntityKey.Parse("WEB", "project").Value;

    [Fact]
    public void Parse_ReturnsNoFilters_WhenNothingFollows()
    {
        Assert.Equal(new TaskListCommand(null, null, false, false), Parsed.Ok<TaskListCommand>("task list"));
    }

    [Theory]
    [InlineData("task list mine")]
    [InlineData("task list MINE")]
    [InlineData("task list me")]
    public void Parse_ReadsSenderAsAssignee_WhenMineIsGiven(string text)
    {
        Assert.Equal(MemberRef.Me, Parsed.Ok<TaskListCommand>(text).Assignee);
    }

    [Theory]
    [InlineData("@carol", MemberRefKind.Handle, "carol")]
    [InlineData("<at>Carol Diaz</at>", MemberRefKind.Mention, "Carol Diaz")]
    [InlineData("<@U77>", MemberRefKind.ChannelUser, "U77")]
    public void Parse_ReadsPerson_ForEachKindOfMention(string mention, MemberRefKind kind, string value)
    {
        Assert.Equal(new MemberRef(kind, value), Parsed.Ok<TaskListCommand>("task list " + mention).Assignee);
    }

    [Fact]
    public void Parse_CombinesFilters_WhenSeveralAreGiven()
    {
        var command = Parsed.Ok<TaskListCommand>("task list blocked #web mine overdue");

        Assert.Equal(new TaskListCommand(Web, MemberRef.Me, true, true), command);
    }

    [Theory]
    [InlineData("task list urgent", "I don't know the filter 'urgent'. Use mine, @user, #PROJECT, overdue or blocked.")]
    [InlineData("task list #1", "I don't know the filter '#1'. Use mine, @user, #PROJECT, overdue or blocked.")]
    [InlineData("task list due:fri", "I don't know the filter 'due:fri'. Use mine, @user, #PROJECT, overdue or blocked.")]
    [InlineData("task list mine @bob", "I can list one person's tasks at a time.")]
    [InlineData("task list #WEB #API", "I can list one project's tasks at a time.")]
    public void Parse_Fails_WhenFilterIsUnknownOrRepeated(string text, string error)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal(error, outcome.Error);
        Assert.Equal("task list [mine|@user|#PROJECT|overdue|blocked]", outcome.Usage);
    }
}
