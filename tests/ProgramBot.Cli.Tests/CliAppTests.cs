using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace ProgramBot.Cli.Tests;

public class CliAppTests
{
    private static (int, string) Echo(JsonObject activity) => (200, new JsonObject
    {
        ["activities"] = new JsonArray(
            new JsonObject { ["type"] = "message", ["text"] = $"echo {(string?)activity["type"]}: {(string?)activity["text"]}" }),
    }.ToJsonString());

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var host = new CliHost(new StringReader(input), output, error, http, new FakeTimeProvider(), "alice", "Europe/Berlin");
        int exitCode = await CliApp.RunAsync(args, host, timeout.Token);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task RunAsync_SendsEachTextInOrderAndPrintsReplies_WhenOneShot()
    {
        await using var bot = new FakeBot(Echo);

        (int exitCode, string output, string error) = await RunAsync(
            string.Empty, "--url", bot.Url, "-c", "project new WEB Website relaunch", "-c", "task add Write spec @bob #WEB");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Equal(
            "you> project new WEB Website relaunch\nbot> echo message: project new WEB Website relaunch\n"
            + "you> task add Write spec @bob #WEB\nbot> echo message: task add Write spec <at>bob</at> #WEB\n",
            output);
        Assert.Equal(2, bot.Requests.Count);
        Assert.All(bot.Requests, r => Assert.Equal("POST /api/messages HTTP/1.1", r.RequestLine));
        Assert.All(bot.Requests, r => Assert.Contains("application/json", r.ContentTypeHeader, StringComparison.OrdinalIgnoreCase));
        JsonObject second = bot.Requests[1].Activity;
        Assert.Equal("expectReplies", (string?)second["deliveryMode"]);
        Assert.Equal("cli-user-alice", (string?)second["from"]!["id"]);
        Assert.Equal(bot.Url, (string?)second["serviceUrl"]);
        Assert.Contains(second["entities"]!.AsArray(), e => (string?)e!["mentioned"]?["id"] == "cli-user-bob");
    }

    [Fact]
    public async Task RunAsync_ReturnsOneAndPrintsStatusAndReason_WhenBotAnswersError()
    {
        await using var bot = new FakeBot(_ => (401, """{"error":"missing token"}"""));

        (int exitCode, _, string error) = await RunAsync(string.Empty, "--url", bot.Url, "-c", "help", "-c", "task list");

        Assert.Equal(1, exitCode);
        Assert.Contains("401 Unauthorized", error, StringComparison.Ordinal);
        Assert.Contains("missing token", error, StringComparison.Ordinal);
        Assert.Single(bot.Requests);
    }

    [Fact]
    public async Task RunAsync_ReturnsOne_WhenBotCannotBeReached()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        (int exitCode, _, string error) = await RunAsync(string.Empty, "--url", $"http://127.0.0.1:{port}", "-c", "help");

        Assert.Equal(1, exitCode);
        Assert.Contains("could not reach the bot", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WelcomesThenSendsNonBlankLinesUntilQuit_WhenInteractive()
    {
        await using var bot = new FakeBot(Echo);

        (int exitCode, string output, _) = await RunAsync("task list\n\n/quit\nnever sent\n", "--url", bot.Url);

        Assert.Equal(0, exitCode);
        Assert.Equal(["conversationUpdate", "message"], bot.Requests.Select(r => (string?)r.Activity["type"]));
        Assert.Equal("bot> echo conversationUpdate: \nyou> bot> echo message: task list\nyou> you> ", output);
    }

    [Fact]
    public async Task RunAsync_ReturnsTwoWithoutSending_WhenOptionsInvalid()
    {
        (int exitCode, string output, string error) = await RunAsync(string.Empty, "--nope");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("unknown option", error, StringComparison.Ordinal);
    }
}
