namespace ProgramBot.Cli.Tests;

public class CliOptionsParserTests
{
    private static CliParseResult Parse(params string[] args) => CliOptionsParser.Parse(args, "alice", "Europe/Berlin");

    [Fact]
    public void Parse_UsesDefaults_WhenNoArguments()
    {
        CliOptions options = Parse().Options!;

        Assert.Equal(new Uri("http://localhost:3978"), options.BotUrl);
        Assert.Equal("alice", options.UserName);
        Assert.Equal("cli-conversation", options.ConversationId);
        Assert.Equal("Europe/Berlin", options.TimeZoneId);
        Assert.Equal("programbot-cli", options.ChannelId);
        Assert.Null(options.TenantId);
        Assert.False(options.IsOneShot);
        Assert.False(options.ShowHelp);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_UsesMe_WhenEnvironmentUserMissing(string? environmentUser)
    {
        CliOptions options = CliOptionsParser.Parse([], environmentUser, "UTC").Options!;

        Assert.Equal("me", options.UserName);
    }

    [Fact]
    public void Parse_ReadsEveryOption_WhenValuesFollowNames()
    {
        CliOptions options = Parse(
            "--url", "https://bot.example.com", "--user", "bob", "--conversation", "c-1",
            "--tz", "America/New_York", "--channel", "msteams", "--tenant", "t-1").Options!;

        Assert.Equal(new Uri("https://bot.example.com"), options.BotUrl);
        Assert.Equal("bob", options.UserName);
        Assert.Equal("c-1", options.ConversationId);
        Assert.Equal("America/New_York", options.TimeZoneId);
        Assert.Equal("msteams", options.ChannelId);
        Assert.Equal("t-1", options.TenantId);
    }

    [Fact]
    public void Parse_ReadsInlineValues_WhenWrittenWithEquals()
    {
        CliOptions options = Parse("--user=carol", "--url=http://127.0.0.1:5000").Options!;

        Assert.Equal("carol", options.UserName);
        Assert.Equal(new Uri("http://127.0.0.1:5000"), options.BotUrl);
    }

    [Fact]
    public void Parse_KeepsCommandsInOrder_WhenCommandRepeated()
    {
        CliOptions options = Parse("-c", "project new WEB Website", "--command", "task list #WEB", "-c", "help").Options!;

        Assert.True(options.IsOneShot);
        Assert.Equal(["project new WEB Website", "task list #WEB", "help"], options.Commands);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Parse_ShowsHelp_WhenHelpRequested(string flag)
    {
        Assert.True(Parse("-c", "help", flag).Options!.ShowHelp);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("task list")]
    public void Parse_Fails_WhenArgumentUnknown(string arg)
    {
        CliParseResult result = Parse(arg);

        Assert.Null(result.Options);
        Assert.Contains("unknown option", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--user")]
    [InlineData("-c")]
    [InlineData("--tz=")]
    public void Parse_Fails_WhenValueMissing(string arg)
    {
        CliParseResult result = Parse(arg);

        Assert.Contains("needs a value", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost:3978")]
    [InlineData("ftp://example.com")]
    [InlineData("not a url")]
    public void Parse_Fails_WhenUrlIsNotHttp(string url)
    {
        Assert.Contains("--url", Parse("--url", url).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Fails_WhenTimeZoneUnknown()
    {
        Assert.Contains("--tz", Parse("--tz", "Mars/Olympus_Mons").Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:3978", "http://localhost:3978/api/messages")]
    [InlineData("http://localhost:3978/", "http://localhost:3978/api/messages")]
    [InlineData("https://host.example.com/bot/", "https://host.example.com/bot/api/messages")]
    public void MessagesEndpoint_AppendsApiMessages_WhateverTheTrailingSlash(string url, string expected)
    {
        Assert.Equal(new Uri(expected), Parse("--url", url).Options!.MessagesEndpoint);
    }
}
