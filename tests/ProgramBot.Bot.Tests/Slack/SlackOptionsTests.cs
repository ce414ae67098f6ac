using System.ComponentModel.DataAnnotations;
using ProgramBot.Bot.Channels.Slack;

namespace ProgramBot.Bot.Tests.Slack;

public sealed class SlackOptionsTests
{
    [Fact]
    public void Validate_Accepts_TheDefaults()
    {
        Assert.Empty(Errors(new SlackOptions()));
    }

    [Fact]
    public void Validate_Refuses_WorkspacesWithoutASigningSecret()
    {
        var options = new SlackOptions();
        options.Workspaces["T1"] = new SlackWorkspaceOptions { BotToken = "xoxb-1" };

        Assert.Contains(Errors(options), e => e.Contains("SigningSecret", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Refuses_AWorkspaceWithoutAToken()
    {
        var options = new SlackOptions { SigningSecret = "s" };
        options.Workspaces["T1"] = new SlackWorkspaceOptions();

        Assert.Contains(Errors(options), e => e.Contains("Slack:Workspaces:T1:BotToken", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://slack.com/api")]
    [InlineData("ftp://slack.com/api/")]
    public void Validate_Refuses_AnApiBaseUrlThatIsNotAnHttpFolder(string url)
    {
        Assert.Contains(Errors(new SlackOptions { ApiBaseUrl = new Uri(url) }), e => e.Contains("ApiBaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void Workspace_IsNull_ForATeamThatIsNotInstalled()
    {
        var options = new SlackOptions { SigningSecret = "s" };
        options.Workspaces["T1"] = new SlackWorkspaceOptions { BotToken = "xoxb-1" };

        Assert.Equal("xoxb-1", options.Workspace("T1")?.BotToken);
        Assert.Null(options.Workspace("T2"));
        Assert.Null(options.Workspace(null));
    }

    private static List<string> Errors(SlackOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? string.Empty)];
    }
}
