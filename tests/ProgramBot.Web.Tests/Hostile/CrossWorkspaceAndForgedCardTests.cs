using System.Net;
using System.Text.Json.Nodes;
using ProgramBot.TestKit.Builders;
using ProgramBot.TestKit.Fakes;
using ProgramBot.Web.Tests.Approvals;

namespace ProgramBot.Web.Tests.Hostile;

/// <summary>
/// Another workspace's ids, another workspace's people and forged card data get a reason — never
/// another workspace's data, never a 500 — and leave every table as it was.
/// </summary>
public sealed class CrossWorkspaceAndForgedCardTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>, IAsyncLifetime
{
    private readonly string _ours = Guid.NewGuid().ToString("N");
    private readonly string _theirs = Guid.NewGuid().ToString("N");
    private FakeBotConnector _connector = null!;
    private TeamsChannel _us = null!;
    private TeamsChannel _them = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _us = new TeamsChannel(fixture.Host, _connector, _ours, "19:ours@thread.tacv2");
        _them = new TeamsChannel(fixture.Host, _connector, _theirs, "19:theirs@thread.tacv2");
        await _them.SayAsync("29:eve", "Eve", "project new SEC Secret plans");
        await _them.SayAsync("29:eve", "Eve", "task add Hidden task #SEC");
        await _them.SayAsync("29:eve", "Eve", "risk add Hidden risk #SEC p:2 i:2");
        await _them.SayAsync("29:eve", "Eve", "approval request scope Hidden change #SEC approvers:<at>Eve</at>", ("29:eve", "Eve"));
        await _us.SayAsync("29:alice", "Alice", "project new WEB Website");
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public static TheoryData<string, string> ForeignIds => new()
    {
        { "task show SEC-1", "There's no task SEC-1 here" },
        { "task done SEC-1", "There's no task SEC-1 here" },
        { "task assign SEC-1 me", "There's no task SEC-1 here" },
        { "risk show R-1", "no risk R-1" },
        { "risk close R-1 gone", "no risk R-1" },
        { "approval show A-1", "no approval A-1" },
        { "progress SEC-1 50%", "There's no task SEC-1 here" },
        { "digest now #SEC", "There's no project SEC here" },
    };

    [Theory]
    [MemberData(nameof(ForeignIds))]
    public async Task AnotherWorkspacesIds_AreNotFound_AndNothingChanges(string command, string reason)
    {
        var before = await DatabaseDump.ReadAsync(fixture.Database.FilePath);

        var reply = await AskAsync(command);

        Assert.True(reply.Contains(reason, StringComparison.OrdinalIgnoreCase), reply);
        Assert.DoesNotContain("Hidden", reply, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseDump.ReadAsync(fixture.Database.FilePath));
    }

    [Theory]
    [InlineData("approval.approve", "A-1")]
    [InlineData("approval.reject", "A-1")]
    [InlineData("approval.refresh", "A-1")]
    [InlineData("task.done", "SEC-1")]
    [InlineData("task.assignToMe", "SEC-1")]
    public async Task CardClick_OnAnotherWorkspacesItem_IsNotFound_AndNothingChanges(string verb, string id)
    {
        var before = await DatabaseDump.ReadAsync(fixture.Database.FilePath);

        var answer = await _us.ClickAsync("29:alice", "Alice", verb, id, verb == "approval.reject" ? "no" : null);

        Assert.DoesNotContain("Hidden", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseDump.ReadAsync(fixture.Database.FilePath));
    }

    public static TheoryData<string, JsonObject?> ForgedActions => new()
    {
        { "unknown verb", Action("approval.destroy", new JsonObject { ["verb"] = "approval.destroy", ["id"] = "A-1" }) },
        { "verb in data differs from the action", Action("task.start", new JsonObject { ["verb"] = "approval.approve", ["id"] = "A-1" }) },
        { "no id", Action("task.done", new JsonObject { ["verb"] = "task.done" }) },
        { "id of the wrong kind", Action("task.done", new JsonObject { ["verb"] = "task.done", ["id"] = "A-1" }) },
        { "id not a string", Action("task.done", new JsonObject { ["verb"] = "task.done", ["id"] = 42 }) },
        { "data not an object", Action("task.done", JsonValue.Create("task.done WEB-1")) },
        { "no action at all", new JsonObject { ["trigger"] = "manual" } },
        { "no value", null },
    };

    [Theory]
    [MemberData(nameof(ForgedActions))]
    public async Task ForgedCardAction_GetsAReason_NeverA500_AndNothingChanges(string what, JsonObject? value)
    {
        await _us.SayAsync("29:alice", "Alice", "task add Real task #WEB");
        var before = await DatabaseDump.ReadAsync(fixture.Database.FilePath);
        var invoke = ActivityBuilder.ConversationUpdate().InTenant(_ours).InConversation("19:ours@thread.tacv2").From("29:alice", "Alice")
            .WithServiceUrl(_connector.BaseUri).Set("type", "invoke").Set("name", "adaptiveCard/action").Set("value", value).Build();

        using var response = await fixture.Host.PostActivityAsync(invoke);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode} {body}");
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseDump.ReadAsync(fixture.Database.FilePath));
    }

    [Fact]
    public async Task MentionOfSomeoneKnownInAnotherWorkspace_IsOurMember_AndTheirRowsStayAsTheyWere()
    {
        var theirs = $"(SELECT id FROM workspaces WHERE external_id = '{_theirs}')";
        var theirRows = $"SELECT group_concat(id || name || channel_user_id, ';') FROM members WHERE workspace_id = {theirs}";
        var before = await DatabaseValue.ReadAsync(fixture.Database.FilePath, theirRows);

        await _us.SayAsync("29:alice", "Alice", "task add Review <at>Eve</at> #WEB", ("29:eve", "Eve"));
        var shown = await AskAsync("task show WEB-1");
        var eveInOurs = await DatabaseValue.ReadAsync(
            fixture.Database.FilePath, $"SELECT name FROM members WHERE channel_user_id = '29:eve' AND workspace_id = (SELECT id FROM workspaces WHERE external_id = '{_ours}')");

        Assert.Contains("@Eve", shown, StringComparison.Ordinal);
        Assert.Equal("Eve", eveInOurs);
        Assert.Equal(before, await DatabaseValue.ReadAsync(fixture.Database.FilePath, theirRows));
    }

    private static JsonObject Action(string verb, JsonNode? data) =>
        new() { ["trigger"] = "manual", ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };

    private async Task<string> AskAsync(string text) =>
        string.Join("\n", await fixture.Host.AskAsync(ActivityBuilder.Message(text).InTenant(_ours).InConversation("19:ours@thread.tacv2").From("29:alice", "Alice")
            .WithServiceUrl(_connector.BaseUri).Build()));
}
