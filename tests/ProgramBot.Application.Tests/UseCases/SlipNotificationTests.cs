using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Slips;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.UseCases;

public sealed class SlipNotificationTests : IAsyncLifetime
{
    private static readonly Sender InApiChannel = Sender.Alice with { Conversation = "conv-api" };
    private static readonly Sender InWebChannel = Sender.Alice with { Conversation = "conv-web" };
    private readonly UseCaseHarness _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.SendAsync("project new API Backend");
        await _app.SendAsync("project new WEB Website end:2026-12-15");
        await _app.SendAsync("project bind #API", InApiChannel);
        await _app.SendAsync("project bind #WEB", InWebChannel);
        await _app.SendAsync("task add Endpoint due:2026-12-10 #API");
        await _app.SendAsync("task add Page due:2026-12-10 #WEB");
        await _app.SendAsync("task add Launch due:2026-12-10 #WEB milestone");
        await _app.SendAsync("task add Mobile due:2026-12-10 #API");
        await _app.SendAsync("task depends WEB-1 on API-1");
        await _app.SendAsync("task depends WEB-2 on WEB-1");
        await _app.SendAsync("task depends API-2 on API-1");
        await _app.AddressAsync("conv-api");
        await _app.AddressAsync("conv-web");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task DueMovedLater_TellsEachBoundChannelOnce_WhatMovedThere()
    {
        await _app.SendAsync("task due API-1 2026-12-17");

        var sent = _app.Messenger.Texts.OrderBy(s => s.ConversationId).ToList();

        Assert.Equal(
            [
                ("conv-api", "API-1 slipped 7 days → API-2 slips 7 days; project API now ends Dec 17"),
                ("conv-web", "API-1 slipped 7 days → WEB-1 slips 7 days; milestone Launch now Dec 17, after target Dec 15; project WEB now ends Dec 17, after target Dec 15"),
            ],
            sent);
    }

    [Fact]
    public async Task Notify_Again_SendsNothing_BecauseEveryConversationWasClaimed()
    {
        await _app.SendAsync("task due API-1 2026-12-17");
        var notifier = (SlipNotifier)_app.Services.GetService(typeof(SlipNotifier))!;

        var again = await notifier.NotifyAsync(1, 1, CancellationToken.None);

        Assert.Equal((0, 2), (again, _app.Messenger.Texts.Count));
    }

    [Theory]
    [InlineData("task add Docs due:2026-12-12 #WEB", "task due WEB-3 2026-12-14", 0)]
    [InlineData("task add Docs due:2026-12-12 #WEB", "task due WEB-3 2026-12-16", 1)]
    public async Task LoneTaskMovedLater_TellsItsChannel_OnlyWhenItPushesThemPastTheTarget(string add, string due, int told)
    {
        await _app.SendAsync(add);

        await _app.SendAsync(due);

        Assert.Equal(told, _app.Messenger.Texts.Count);
        Assert.All(_app.Messenger.Texts, s => Assert.Equal(("conv-web", "WEB-3 slipped 4 days → project WEB now ends Dec 16, after target Dec 15"), s));
    }

    [Fact]
    public async Task DueMovedEarlier_TellsNobody()
    {
        await _app.SendAsync("task due API-1 2026-12-01");

        Assert.Empty(_app.Messenger.Texts);
    }

    [Fact]
    public async Task RedeliveredActivity_ChangesAndTellsOnce()
    {
        await _app.SendAsActivityAsync("task due API-1 2026-12-17", "same-activity");
        var second = await _app.SendAsActivityAsync("task due API-1 2026-12-18", "same-activity");

        Assert.IsType<SilentView>(second);
        Assert.Equal(2, _app.Messenger.Texts.Count);
    }

    [Fact]
    public async Task ProgramEndMoved_TellsAStakeholderInTheirPersonalChat()
    {
        await _app.SendAsync("project list", Sender.Bob);
        await _app.SendAsync("program new APOLLO Storefront");
        await _app.SendAsync("program add-project APOLLO #WEB");
        await _app.SendAsync("program stakeholders APOLLO @bob");
        await _app.PersonalAsync("bob-personal", "29:bob");

        await _app.SendAsync("task due API-1 2026-12-17");

        var (_, text) = Assert.Single(_app.Messenger.Texts, s => s.ConversationId == "bob-personal");
        Assert.Equal("API-1 slipped 7 days → program APOLLO now ends Dec 17", text);
    }
}
