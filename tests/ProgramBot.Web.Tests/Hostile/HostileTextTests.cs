using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProgramBot.TestKit.Builders;

namespace ProgramBot.Web.Tests.Hostile;

/// <summary>
/// SQL metacharacters, markup and format strings in every free-text field are stored verbatim, and
/// shown escaped: entities in Teams text, Markdown escapes in cards — never as live markup.
/// </summary>
public sealed class HostileTextTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string Nasty = "Robert'); DROP TABLE work_items;-- <img src=x onerror=alert(1)> %s {0} ${7*7} & co";
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string _tenant = Guid.NewGuid().ToString("N");

    // {1} is this test's workspace id, so every read looks at this test's rows only.
    public static TheoryData<string, string> Fields => new()
    {
        { "task add {0} #WEB", "SELECT title FROM work_items WHERE workspace_id = {1} AND number = 2" },
        { "task block WEB-1 {0}", "SELECT blocked_reason FROM work_items WHERE workspace_id = {1} AND number = 1" },
        { "risk add {0} #WEB p:3 i:3", "SELECT title FROM risks WHERE workspace_id = {1}" },
        { "risk add Vendor late #WEB p:3 i:3 mitigation:\"{0}\"", "SELECT mitigation FROM risks WHERE workspace_id = {1}" },
        { "progress #WEB 40% rag:green {0}", "SELECT done FROM progress_reports WHERE workspace_id = {1}" },
        { "approval request scope {0} #WEB approvers:<at>Bob</at>", "SELECT subject FROM approvals WHERE workspace_id = {1}" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task FreeText_IsStoredVerbatim_AndNeverShownAsMarkup(string command, string storedSql)
    {
        await SayAsync("project new WEB Website");
        await SayAsync("task add Seed task #WEB");

        var replies = await SayAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, command, Nasty));

        var workspace = $"(SELECT id FROM workspaces WHERE external_id = '{_tenant}')";
        var stored = await DatabaseValue.ReadAsync(fixture.Database.FilePath, storedSql.Replace("{1}", workspace, StringComparison.Ordinal));
        Assert.True(Nasty == stored, replies.ToJsonString());
        foreach (var reply in replies)
        {
            // Teams text: entities. Cards: Markdown-escaped (\<img …\>), which Adaptive Cards show as literal text.
            Assert.DoesNotContain("<img", reply?["text"]?.GetValue<string>() ?? string.Empty, StringComparison.Ordinal);
            foreach (var attachment in reply?["attachments"]?.AsArray() ?? [])
            {
                Assert.DoesNotMatch(@"(?<!\\)<img", attachment?["content"]?.ToJsonString(Unescaped) ?? string.Empty);
            }
        }
    }

    private async Task<JsonArray> SayAsync(string text)
    {
        var activity = ActivityBuilder.Message(text).InTenant(_tenant).InConversation($"19:{_tenant}@thread.tacv2").From("29:alice", "Alice").ExpectReplies();
        if (text.Contains("<at>Bob</at>", StringComparison.Ordinal))
        {
            activity.Mentioning("29:bob", "Bob");
        }

        using var response = await fixture.Host.PostActivityAsync(activity.Build());
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["activities"]?.AsArray() ?? [];
    }
}
