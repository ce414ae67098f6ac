using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace ProgramBot.Cli.Tests;

public class ActivityFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    private static ActivityFactory Factory(params string[] args)
    {
        CliOptions options = CliOptionsParser.Parse(["--tz", "Europe/Berlin", .. args], "alice", "UTC").Options!;
        return new ActivityFactory(options, new FakeTimeProvider(Now));
    }

    [Fact]
    public void Message_HasTeamsPersonalChatShape_WhenTextTyped()
    {
        JsonObject activity = Factory("--url", "http://localhost:3978/").Message("task list");

        Assert.Equal("message", (string?)activity["type"]);
        Assert.Equal("task list", (string?)activity["text"]);
        Assert.Equal("http://localhost:3978", (string?)activity["serviceUrl"]);
        Assert.Equal("programbot-cli", (string?)activity["channelId"]);
        Assert.Equal("en-US", (string?)activity["locale"]);
        Assert.Equal("expectReplies", (string?)activity["deliveryMode"]);
        Assert.Equal("cli-user-alice", (string?)activity["from"]!["id"]);
        Assert.Equal("alice", (string?)activity["from"]!["name"]);
        Assert.Equal("programbot", (string?)activity["recipient"]!["id"]);
        Assert.Equal("ProgramBot", (string?)activity["recipient"]!["name"]);
        Assert.Equal("cli-conversation", (string?)activity["conversation"]!["id"]);
        Assert.Equal("personal", (string?)activity["conversation"]!["conversationType"]);
        Assert.False(string.IsNullOrEmpty((string?)activity["id"]));
    }

    [Fact]
    public void Message_StampsUtcAndLocalTimeInTheChosenZone_WhenZoneGiven()
    {
        JsonObject activity = Factory().Message("help");

        Assert.Equal("2026-01-15T09:30:00.0000000Z", (string?)activity["timestamp"]);
        Assert.Equal("2026-01-15T10:30:00.0000000+01:00", (string?)activity["localTimestamp"]);
        Assert.Equal("Europe/Berlin", (string?)activity["localTimezone"]);
    }

    [Fact]
    public void Message_GivesEachActivityItsOwnId_WhenCalledTwice()
    {
        ActivityFactory factory = Factory();

        Assert.NotEqual((string?)factory.Message("a")["id"], (string?)factory.Message("a")["id"]);
    }

    [Fact]
    public void Message_AddsMentionEntity_WhenTextMentionsSomeone()
    {
        JsonObject activity = Factory().Message("task assign WEB-1 @bob");

        Assert.Equal("task assign WEB-1 <at>bob</at>", (string?)activity["text"]);
        JsonObject mention = activity["entities"]!.AsArray().OfType<JsonObject>().Single(e => (string?)e["type"] == "mention");
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"type":"mention","mentioned":{"id":"cli-user-bob","name":"bob"},"text":"<at>bob</at>"}"""),
            mention));
    }

    [Fact]
    public void Message_SendsTenantInConversationAndChannelData_WhenTenantGiven()
    {
        JsonObject activity = Factory("--tenant", "tenant-1").Message("help");

        Assert.Equal("tenant-1", (string?)activity["conversation"]!["tenantId"]);
        Assert.Equal("tenant-1", (string?)activity["channelData"]!["tenant"]!["id"]);
    }

    [Fact]
    public void Message_LeavesTenantOut_WhenNoTenantGiven()
    {
        JsonObject activity = Factory().Message("help");

        Assert.Null(activity["conversation"]!["tenantId"]);
        Assert.Null(activity["channelData"]);
    }

    [Fact]
    public void ConversationUpdate_ListsTheBotAmongMembersAdded_WhenSessionStarts()
    {
        JsonObject activity = Factory().ConversationUpdate();

        Assert.Equal("conversationUpdate", (string?)activity["type"]);
        Assert.Contains(activity["membersAdded"]!.AsArray(), m => (string?)m!["id"] == "programbot");
        Assert.Equal("programbot", (string?)activity["recipient"]!["id"]);
    }
}
