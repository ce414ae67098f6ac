using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ProgramBot.TestKit.Builders;

namespace ProgramBot.Web.Tests.Programs;

/// <summary>A program manager builds a program in chat and reads its status, card and text, through the real host.</summary>
public sealed class ProgramStatusEndToEndTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private readonly string _tenant = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task ProgramStatus_ShowsEveryProjectsHealth_TheSlipAndTheCriticalChain()
    {
        foreach (var line in new[]
        {
            "program new APOLLO Digital storefront objective:\"Grow online sales\"",
            "project new API Backend program:APOLLO end:2026-12-31", "project new WEB Website end:2026-12-15",
            "program add-project APOLLO #WEB", "task add Endpoint due:2026-12-10 #API", "task add Launch due:2026-12-12 #WEB milestone",
            "task depends WEB-1 on API-1", "task due API-1 2026-12-18", "project budget #WEB 120000 EUR", "project spend #WEB 1200 vendor invoice",
            "project rag #API amber reason:\"vendor contract unsigned\"",
        })
        {
            await AskAsync(line);
        }

        var activity = ActivityBuilder.Message("program status APOLLO").InTenant(_tenant).Build();
        activity["deliveryMode"] = "expectReplies";
        using var response = await fixture.Host.PostActivityAsync(activity);
        var reply = (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]![0]!;
        var text = reply["text"]!.GetValue<string>();

        Assert.Equal("application/vnd.microsoft.card.adaptive", reply["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Contains("- **WEB** Website: red 🔴 (forecast end 2026-12-18 after target 2026-12-15) · 0% · target Tue 2026-12-15, forecast Fri 2026-12-18", text, StringComparison.Ordinal);
        Assert.Contains("budget 1,200 of 120,000 EUR used (1%), variance 118,800, no forecast before work is done", text, StringComparison.Ordinal);
        Assert.Contains("- **API** Backend: amber 🟠 by override until Thu 10 Dec: vendor contract unsigned; computed green 🟢", text, StringComparison.Ordinal);
        Assert.Contains("- API-1 slipped 8 days → milestone Launch now Dec 18, after target Dec 15", text, StringComparison.Ordinal);
        Assert.Contains("**Critical chain:** API-1 Endpoint (Fri 2026-12-18) → WEB-1 ◆ Launch (Fri 2026-12-18)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("program status NOPE", "There's no program NOPE here.")]
    [InlineData("task depends WEB-1 on WEB-1", "WEB-1 can't depend on itself.")]
    [InlineData("project budget #WEB lots EUR", "The amount is a number above 0")]
    public async Task BadInput_GetsAFriendlyReply(string line, string reason)
    {
        await AskAsync("project new WEB Website");
        await AskAsync("task add Launch #WEB");

        var replies = await AskAsync(line);

        Assert.StartsWith(reason, Assert.Single(replies), StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<string>> AskAsync(string text) => fixture.Host.AskAsync(ActivityBuilder.Message(text).InTenant(_tenant).Build());
}
