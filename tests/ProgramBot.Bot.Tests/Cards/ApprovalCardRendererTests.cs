using System.Text.Json.Nodes;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Tests.Cards.Builders;
using ProgramBot.Domain.Approvals;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class ApprovalCardRendererTests
{
    [Fact]
    public void Render_ShowsKindSubjectProjectRequesterPolicyDueAndStatus()
    {
        var card = ApprovalCardRenderer.Render(CardSamples.Approval(ApprovalStatus.Pending), readOnly: false);

        Assert.Contains("Move launch to April", CardJson.Texts(card));
        Assert.Contains("Approval · A-3 · schedule", CardJson.Texts(card));
        var facts = CardJson.Facts(card);
        Assert.Equal("schedule", facts["Kind"]);
        Assert.Equal("WEB", facts["Project"]);
        Assert.Equal("Carol", facts["Requested by"]);
        Assert.Equal("all approvers must approve", facts["Policy"]);
        Assert.Equal("Fri 2026-03-20", facts["Due"]);
        Assert.Equal("accent", (string)CardJson.TextBlockContaining(card, "Status: pending")!["color"]!);
    }

    [Fact]
    public void Render_ShowsEachApproversDecisionCommentAndTime_InTheViewersZone()
    {
        var plusTwo = TimeZoneInfo.CreateCustomTimeZone("test+2", TimeSpan.FromHours(2), "test+2", "test+2");
        var view = new ApprovalViewBuilder().WithTimeZone(plusTwo)
            .WithApprover("Eve", "29:eve", true, "Fine by me", new DateTimeOffset(2026, 3, 3, 22, 15, 0, TimeSpan.Zero))
            .WithApprover("Hal", "29:hal", false, "Too late", new DateTimeOffset(2026, 3, 4, 8, 5, 0, TimeSpan.Zero))
            .WithApprover("Gus", "29:gus")
            .Build();

        var card = ApprovalCardRenderer.Render(view, readOnly: false);

        Assert.Equal("good", (string)CardJson.TextBlockContaining(card, "approved ✅ · Wed 4 Mar 00:15")!["color"]!);
        Assert.Equal("attention", (string)CardJson.TextBlockContaining(card, "rejected ❌ · Wed 4 Mar 10:05")!["color"]!);
        Assert.Contains("pending ⏳", CardJson.Texts(card));
        Assert.Contains("“Fine by me”", CardJson.Texts(card));
        Assert.Contains("“Too late”", CardJson.Texts(card));
        Assert.Contains("**Hal**", CardJson.Texts(card));
    }

    [Fact]
    public void Render_OffersACommentBoxAndApproveReject_WhenPending()
    {
        var card = ApprovalCardRenderer.Render(CardSamples.Approval(ApprovalStatus.Pending), readOnly: false);

        var input = Assert.Single(CardJson.Inputs(card));
        Assert.Equal("Input.Text", (string)input["type"]!);
        Assert.Equal("comment", (string)input["id"]!);
        Assert.Equal("Comment (required to reject)", (string)input["placeholder"]!);
        Assert.Equal([CardVerbs.ApprovalApprove, CardVerbs.ApprovalReject], CardJson.Verbs(card));
        Assert.All(CardJson.Actions(card), a =>
        {
            Assert.Equal("Action.Execute", (string)a["type"]!);
            Assert.True(JsonNode.DeepEquals(CardActions.Data((string)a["verb"]!, "A-3"), a["data"]));
            Assert.True(JsonNode.DeepEquals(a["data"], a["fallback"]!["data"]));
        });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Render_RefreshesForThePendingApproversOnly_WhenPending(bool readOnly)
    {
        var card = ApprovalCardRenderer.Render(CardSamples.Approval(ApprovalStatus.Pending), readOnly);

        var refresh = card["refresh"]!;
        Assert.Equal(["29:frank", "29:gus"], refresh["userIds"]!.AsArray().Select(u => (string)u!));
        Assert.Equal("Action.Execute", (string)refresh["action"]!["type"]!);
        Assert.Equal(CardVerbs.ApprovalRefresh, (string)refresh["action"]!["verb"]!);
        Assert.True(JsonNode.DeepEquals(CardActions.Data(CardVerbs.ApprovalRefresh, "A-3"), refresh["action"]!["data"]));
    }

    [Fact]
    public void Render_HasNoInputsOrButtons_WhenReadOnly()
    {
        var card = ApprovalCardRenderer.Render(CardSamples.Approval(ApprovalStatus.Pending), readOnly: true);

        Assert.Empty(CardJson.Actions(card));
        Assert.Empty(CardJson.Inputs(card));
    }

    [Theory]
    [InlineData(ApprovalStatus.Approved, "good")]
    [InlineData(ApprovalStatus.Rejected, "attention")]
    [InlineData(ApprovalStatus.Cancelled, "warning")]
    [InlineData(ApprovalStatus.Expired, "warning")]
    public void Render_IsARecordOnly_WhenNoLongerPending(ApprovalStatus status, string color)
    {
        var card = ApprovalCardRenderer.Render(CardSamples.Approval(status), readOnly: false);

        Assert.Empty(CardJson.Actions(card));
        Assert.Empty(CardJson.Inputs(card));
        Assert.False(card.ContainsKey("refresh"));
        Assert.Equal(color, (string)CardJson.TextBlockContaining(card, "Status: ")!["color"]!);
    }

    [Fact]
    public void Render_LeavesOutTheRefresh_WhenNobodyIsLeftToDecide()
    {
        var card = ApprovalCardRenderer.Render(new ApprovalViewBuilder().WithApprover("Eve", "29:eve", true).Build(), readOnly: false);

        Assert.False(card.ContainsKey("refresh"));
    }

    [Fact]
    public void Render_ShowsHostileSubjectAndCommentLiterally()
    {
        var view = new ApprovalViewBuilder().WithSubject("*bold* [x](http://evil)")
            .WithApprover("Eve", "29:eve", false, "_no_ see [here](http://evil)").Build();

        var card = ApprovalCardRenderer.Render(view, readOnly: false);

        Assert.Contains(@"\*bold\* \[x\](http://evil)", CardJson.Texts(card));
        Assert.Contains(@"“\_no\_ see \[here\](http://evil)”", CardJson.Texts(card));
        Assert.DoesNotContain("](", CardJson.AllText(card).Replace(@"\](", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CutsCommentsToFiveHundredCharacters()
    {
        var card = ApprovalCardRenderer.Render(new ApprovalViewBuilder().WithApprover("Eve", "29:eve", true, new string('a', 900)).Build(), readOnly: false);

        var comment = CardJson.Texts(card).Single(t => t.StartsWith('“'));
        Assert.Equal(500 + 2, comment.Length);
    }

    [Fact]
    public void Render_StaysUnderTheLimit_WithFiftyApproversAndLongComments()
    {
        var view = new ApprovalViewBuilder().WithApprovers(50, new string('c', 500)).Build();

        var card = ApprovalCardRenderer.Render(view, readOnly: false);

        Assert.InRange(CardSize.Bytes(card), 1, CardLimits.MaxBytes - 1);
        var shown = CardJson.Texts(card).Count(t => t.StartsWith("**Approver ", StringComparison.Ordinal));
        Assert.InRange(shown, 1, CardLimits.MaxApprovers);
        Assert.Contains($"+{50 - shown} more", CardJson.Texts(card));
        Assert.Equal(view.PendingApproverIds, card["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!));
    }

    [Fact]
    public void Render_StaysUnderTheLimit_WithFiftyApproversAndHostileUnicodeComments()
    {
        var view = new ApprovalViewBuilder().WithSubject(CardSamples.Long(500)).WithApprovers(50, CardSamples.Long(500)).Build();

        Assert.InRange(CardSize.Bytes(ApprovalCardRenderer.Render(view, readOnly: false)), 1, CardLimits.MaxBytes - 1);
    }
}
