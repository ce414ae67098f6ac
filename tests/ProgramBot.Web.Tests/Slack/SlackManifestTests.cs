using System.Net;
using System.Text.RegularExpressions;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>The Slack app manifest points at endpoints the host really has and declares what the bot uses.</summary>
public sealed partial class SlackManifestTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>
{
    private static readonly string Manifest = File.ReadAllText(Path.Combine(RepositoryRoot(), "manifest", "slack-app.yml"));

    [Fact]
    public async Task EveryUrlInTheManifest_IsAVerifiedEndpointOfTheHost()
    {
        var paths = Url().Matches(Manifest).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["/api/slack/commands", "/api/slack/events", "/api/slack/interactions"], paths.Order());
        foreach (var path in paths)
        {
            using var content = new StringContent("{}");
            using var response = await fixture.Host.Client.PostAsync(path, content);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("command: /pm")]
    [InlineData("- app_mentions:read")]
    [InlineData("- chat:write")]
    [InlineData("- commands")]
    [InlineData("- im:history")]
    [InlineData("- users:read")]
    [InlineData("- app_mention")]
    [InlineData("- message.im")]
    public void Manifest_Declares(string line)
    {
        Assert.Contains(line, Manifest, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ProgramBot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("ProgramBot.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"https://YOUR-HOST(/api/slack/[a-z]+)")]
    private static partial Regex Url();
}
