using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;

namespace ProgramBot.Application.Tests.Parsing;

public class WorkspaceAdminParsingTests
{
    [Fact]
    public void Parse_ReadsWorkspaceAdmins()
    {
        Assert.IsType<WorkspaceAdminsCommand>(Parsed.Ok<WorkspaceAdminsCommand>("Workspace ADMINS"));
    }

    [Theory]
    [InlineData("workspace admin @Bob", MemberRefKind.Handle, "bob", true)]
    [InlineData("workspace admin <at>Bob Lee</at> off", MemberRefKind.Mention, "Bob Lee", false)]
    [InlineData("workspace admin <@U0002|bob> OFF", MemberRefKind.ChannelUser, "U0002", false)]
    [InlineData("workspace admin me off", MemberRefKind.Me, "me", false)]
    public void Parse_ReadsWorkspaceAdmin_GrantOrRevoke(string text, MemberRefKind kind, string value, bool on)
    {
        Assert.Equal(new WorkspaceAdminCommand(new MemberRef(kind, value), on), Parsed.Ok<WorkspaceAdminCommand>(text));
    }

    [Theory]
    [InlineData("workspace admin", "Who? Mention someone, like workspace admin @bob (add off to take it away).")]
    [InlineData("workspace admin bob", "'bob' is not a person; mention someone, like @bob, or say me.")]
    [InlineData("workspace admin @bob now", "I don't know what 'now' is for in 'workspace admin'.")]
    [InlineData("workspace admin @bob off please", "I don't know what 'off' is for in 'workspace admin'.")]
    public void Parse_Fails_WithTheReasonAndUsage_WhenWorkspaceAdminIsWrong(string text, string error)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal((error, "workspace admin @user [off]"), (outcome.Error, outcome.Usage));
    }

    [Theory]
    [InlineData("workspace admins @bob", "I don't know what '@bob' is for in 'workspace admins'.", "workspace admins")]
    [InlineData("workspace", "Say what to do: workspace admins, workspace admin.", "workspace admins\nworkspace admin @user [off]")]
    [InlineData("workspace owner @bob", "I don't know 'owner'. Type help to see what I can do.", "workspace admins\nworkspace admin @user [off]")]
    public void Parse_Fails_WithTheReason_WhenTheWorkspaceVerbIsWrong(string text, string error, string usage)
    {
        var outcome = Parsed.Fails(text);

        Assert.Equal((error, usage), (outcome.Error, outcome.Usage));
    }

    [Theory]
    [InlineData("workspace admins", "workspace admins")]
    [InlineData("WORKSPACE admin @Bob", "workspace admin @bob")]
    [InlineData("workspace admin <@U1|bob> off", "workspace admin <@U1> off")]
    public void Format_WritesCanonicalText(string typed, string canonical)
    {
        Assert.Equal(canonical, new CommandFormatter().Format(Parsed.Outcome(typed).Command!));
    }
}
