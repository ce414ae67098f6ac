using ProgramBot.Application.Commands;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class AdaptiveCardRendererTests
{
    public static TheoryData<View> TextOnlyViews() => new()
    {
        new ErrorView("No such task.", "task show <id>"),
        new MessageView("Done."),
        SilentView.Instance,
        new WelcomeView(["help"]),
        new ProjectCreatedView(new ProjectSummary("WEB", "Website", null, null, null, null)),
        new ProjectBoundView(new ProjectSummary("WEB", "Website", null, null, null, null)),
        new ProjectListView([], null),
        new ProgramListView([]),
        new ProgramCreatedView(new ProgramSummary("APOLLO", "Storefront", null, null)),
        new RiskBandsView(RiskPolicy.Default),
    };

    [Theory]
    [MemberData(nameof(TextOnlyViews))]
    public void TryRender_ReturnsFalse_WhenTheViewStaysText(View view)
    {
        Assert.False(AdaptiveCardRenderer.TryRender(view, out var card));
        Assert.Null(card);
    }

    [Fact]
    public void TryRender_ReturnsACardForEveryCardView()
    {
        foreach (var (name, view) in CardSamples.All())
        {
            Assert.True(AdaptiveCardRenderer.TryRender(view, out var card), name);
            Assert.Equal("AdaptiveCard", (string)card["type"]!);
        }
    }

    [Fact]
    public void TryRender_GivesApproversTheButtons_ForAnApprovalView()
    {
        Assert.True(AdaptiveCardRenderer.TryRender(CardSamples.Approval(Domain.Approvals.ApprovalStatus.Pending), out var card));

        Assert.Equal([CardVerbs.ApprovalApprove, CardVerbs.ApprovalReject], CardJson.Verbs(card));
    }

    [Fact]
    public void TryRender_ReturnsFalse_ForAGuidedForm()
    {
        Assert.False(AdaptiveCardRenderer.TryRender(new GuidedFormView(GuidedForm.Task, new CancelCommand()), out _));
    }
}
