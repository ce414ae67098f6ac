using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ProgramBot.Application.Views;
using ProgramBot.Bot.Channels.Teams.Cards;
using ProgramBot.Bot.Rendering;
using ProgramBot.Bot.Tests.Cards.Builders;

namespace ProgramBot.Bot.Tests.Cards;

public sealed class CardRepliesTests
{
    [Fact]
    public void Create_ReturnsNull_WhenTheViewHasNoCard()
    {
        Assert.Null(CardReplies.Create(new MessageView("Done.")));
    }

    [Fact]
    public void Create_AttachesTheCardWithTheTextAsFallback()
    {
        var view = new TaskChangedView(new TaskViewBuilder().Build(), TaskChange.Started);

        var reply = CardReplies.Create(view)!;

        Assert.Equal(TextRenderer.Render(view), reply.Text);
        var attachment = Assert.Single(reply.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.IsType<JRaw>(attachment.Content);
    }

    [Fact]
    public void From_SerializesThroughNewtonsoftAsTheCardJson()
    {
        var card = TaskCardRenderer.Render(new TaskChangedView(new TaskViewBuilder().WithTitle("*é* \"q\"").Build(), TaskChange.Created));

        var json = JsonConvert.SerializeObject(new Activity { Attachments = [CardAttachment.From(card)] });

        var content = JsonNode.Parse(json)!["attachments"]![0]!["content"];
        Assert.True(JsonNode.DeepEquals(card, content), json);
    }

    [Fact]
    public void Create_MentionsTheManager_WhenARiskWasEscalated()
    {
        var view = new RiskChangedView(new RiskViewBuilder().Build(), RiskChangeKind.Created, new EscalationNotice("Mia", "29:mia", "program manager"));

        var reply = CardReplies.Create(view)!;

        var mention = Assert.Single(reply.Entities).GetAs<Mention>();
        Assert.Equal("29:mia", mention.Mentioned.Id);
        Assert.Contains(mention.Text, reply.Text, StringComparison.Ordinal);
    }
}
