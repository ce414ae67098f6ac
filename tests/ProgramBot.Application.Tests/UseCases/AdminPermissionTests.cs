using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Tests.UseCases;

/// <summary>
/// Digests of the whole workspace and the workspace's risk bands belong to its admins; a project's or
/// program's digests to its manager or an admin.
/// </summary>
public sealed class AdminPermissionTests : IAsyncLifetime
{
    private static readonly Sender Carol = Sender.Bob with { Id = "29:carol", Name = "Carol" };
    private static readonly MentionedUser BobMention = new("Bob", "29:bob", "Bob");

    private readonly UseCaseHarness _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task WorkspaceDigest_IsForAdminsOnly()
    {
        await _app.SendAsync("workspace admins");

        var refused = await _app.SendAsync<ErrorView>("digest subscribe daily 09:00", Sender.Bob);
        var subscribed = await _app.SendAsync<DigestSubscribedView>("digest subscribe daily 09:00");
        var notStopped = await _app.SendAsync<ErrorView>("digest unsubscribe D-1", Sender.Bob);

        Assert.Equal("Only a workspace admin can subscribe or unsubscribe workspace-wide digests. Workspace admin: Alice.", refused.Reason);
        Assert.Equal(("D-1", "the whole workspace"), (subscribed.Subscription.Id, subscribed.Subscription.Scope));
        Assert.Equal(refused.Reason, notStopped.Reason);
        Assert.Single((await _app.SendAsync<DigestListView>("digest list")).Items);
    }

    [Fact]
    public async Task WorkspaceDigest_IsAllowed_OnceMadeAnAdmin()
    {
        await _app.SendAsync("workspace admins");
        await _app.SendAsync<ErrorView>("digest subscribe daily 09:00", Sender.Bob);
        await _app.SendAsync<MessageView>("workspace admin @bob");

        var subscribed = await _app.SendAsync<DigestSubscribedView>("digest subscribe daily 09:00", Sender.Bob);

        Assert.Equal("the whole workspace", subscribed.Subscription.Scope);
    }

    [Theory]
    [InlineData("project new WEB Website pm:<at>Bob</at>", "#WEB", "project")]
    [InlineData("program new APOLLO Storefront pm:<at>Bob</at>", "program:APOLLO", "program")]
    public async Task ScopedDigest_IsForItsManagerOrAnAdmin(string create, string scope, string what)
    {
        await _app.SendAsync(create, null, BobMention);

        var byManager = await _app.SendAsync<DigestSubscribedView>($"digest subscribe {scope} daily", Sender.Bob);
        var refused = await _app.SendAsync<ErrorView>($"digest subscribe {scope} daily", Carol);
        var byAdmin = await _app.SendAsync<DigestSubscribedView>($"digest subscribe {scope} weekdays");
        var notStopped = await _app.SendAsync<ErrorView>("digest unsubscribe D-1", Carol);
        var stoppedByAdmin = await _app.SendAsync<MessageView>("digest unsubscribe D-1");
        var stoppedByManager = await _app.SendAsync<MessageView>("digest unsubscribe D-2", Sender.Bob);

        Assert.Equal(("D-1", "D-2"), (byManager.Subscription.Id, byAdmin.Subscription.Id));
        Assert.Equal($"Only the {what}'s manager or a workspace admin can subscribe or unsubscribe its digests. Workspace admin: Alice.", refused.Reason);
        Assert.Equal(refused.Reason, notStopped.Reason);
        Assert.Equal(("Stopped digest D-1.", "Stopped digest D-2."), (stoppedByAdmin.Text, stoppedByManager.Text));
    }

    [Fact]
    public async Task RiskBands_AreForAdminsOnly()
    {
        await _app.SendAsync("workspace admins");

        var refused = await _app.SendAsync<ErrorView>("risk bands 3 6 9 escalate:9", Sender.Bob);
        var changed = await _app.SendAsync<RiskBandsView>("risk bands 3 6 9 escalate:9");

        Assert.Equal("Only a workspace admin can change the risk bands. Workspace admin: Alice.", refused.Reason);
        Assert.Equal(new RiskPolicy(3, 6, 9, 9), changed.Policy);
    }

    [Fact]
    public async Task RiskBands_AreRefused_OnceTheSenderIsNoLongerAnAdmin()
    {
        await _app.SendAsync("workspace admins", Sender.Bob);
        await _app.SendAsync<MessageView>("workspace admin <at>Alice</at>", Sender.Bob, new MentionedUser("Alice", "29:alice", "Alice"));
        await _app.SendAsync<MessageView>("workspace admin @bob off");

        var refused = await _app.SendAsync<ErrorView>("risk bands 3 6 9", Sender.Bob);

        Assert.Equal("Only a workspace admin can change the risk bands. Workspace admin: Alice.", refused.Reason);
    }
}
