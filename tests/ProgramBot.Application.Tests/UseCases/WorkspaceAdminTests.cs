using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Audit;

namespace ProgramBot.Application.Tests.UseCases;

/// <summary><c>workspace admins</c> and <c>workspace admin @user [off]</c>: who may grant, and that one admin always remains.</summary>
public sealed class WorkspaceAdminTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Admins_ShowsTheFirstPersonWhoTalkedToTheBot_ToAnyone()
    {
        var asked = await _app.SendAsync<MessageView>("workspace admins");
        var askedByBob = await _app.SendAsync<MessageView>("workspace admins", Sender.Bob);

        Assert.Equal("Workspace admin: Alice.", asked.Text);
        Assert.Equal(asked, askedByBob);
    }

    [Fact]
    public async Task Grant_MakesSomeoneAnAdmin_AndIsAudited()
    {
        await _app.SendAsync("workspace admins");
        await _app.SendAsync("workspace admins", Sender.Bob);

        var granted = await _app.SendAsync<MessageView>("workspace admin @bob");
        var listed = await _app.SendAsync<MessageView>("workspace admins", Sender.Bob);

        Assert.Equal("Bob is now a workspace admin.", granted.Text);
        Assert.Equal("Workspace admins: Alice, Bob.", listed.Text);
        var audit = Assert.Single(await AuditOfAsync("29:bob"));
        Assert.Equal(("admin-granted", "{\"name\":\"Bob\"}"), (audit.Action, audit.Details));
    }

    [Fact]
    public async Task Grant_ByMention_LinksAPersonTheBotHasNotMetYet()
    {
        var granted = await _app.SendAsync<MessageView>("workspace admin <at>Dana</at>", null, new MentionedUser("Dana", "29:dana", "Dana"));

        Assert.Equal("Dana is now a workspace admin.", granted.Text);
        Assert.Equal("Workspace admins: Alice, Dana.", (await _app.SendAsync<MessageView>("workspace admins")).Text);
    }

    [Fact]
    public async Task Grant_IsRefused_ForSomeoneWhoIsNotAnAdmin()
    {
        await _app.SendAsync("workspace admins");

        var refused = await _app.SendAsync<ErrorView>("workspace admin me", Sender.Bob);

        Assert.Equal("Only a workspace admin can make someone an admin. Workspace admin: Alice.", refused.Reason);
        Assert.Equal("workspace admin @user [off]", refused.Usage);
        Assert.Equal("Workspace admin: Alice.", (await _app.SendAsync<MessageView>("workspace admins")).Text);
    }

    [Theory]
    [InlineData("workspace admin me", "Alice is already a workspace admin.")]
    [InlineData("workspace admin @zed", "I don't know @zed in this workspace yet.")]
    [InlineData("workspace admin @zed off", "I don't know @zed in this workspace yet.")]
    [InlineData("workspace admin @bob off", "Bob is not a workspace admin.")]
    [InlineData("workspace admin me off", "Alice is the only workspace admin; someone else must be an admin first.")]
    public async Task AdminChanges_AreRefused_WithTheReason(string text, string reason)
    {
        await _app.SendAsync("workspace admins");
        await _app.SendAsync("workspace admins", Sender.Bob);

        var refused = await _app.SendAsync<ErrorView>(text);

        Assert.StartsWith(reason, refused.Reason, StringComparison.Ordinal);
        Assert.Equal("Workspace admin: Alice.", (await _app.SendAsync<MessageView>("workspace admins")).Text);
    }

    [Fact]
    public async Task Revoke_RemovesAnAdmin_OnceSomeoneElseIsOne_AndIsAudited()
    {
        await _app.SendAsync("workspace admins");
        await _app.SendAsync("workspace admins", Sender.Bob);
        await _app.SendAsync<MessageView>("workspace admin @bob");

        var revoked = await _app.SendAsync<MessageView>("workspace admin @alice off", Sender.Bob);
        var refused = await _app.SendAsync<ErrorView>("workspace admin @bob off");
        var last = await _app.SendAsync<ErrorView>("workspace admin me off", Sender.Bob);

        Assert.Equal("Alice is no longer a workspace admin.", revoked.Text);
        Assert.Equal("Only a workspace admin can remove an admin. Workspace admin: Bob.", refused.Reason);
        Assert.Equal("Bob is the only workspace admin; someone else must be an admin first.", last.Reason);
        Assert.Equal(["admin-revoked"], (await AuditOfAsync("29:alice")).Select(e => e.Action));
    }

    [Fact]
    public async Task EachWorkspace_HasItsOwnAdmins()
    {
        await _app.SendAsync("workspace admins");

        var mallorys = await _app.SendAsync<MessageView>("workspace admins", Sender.Mallory);
        var refused = await _app.SendAsync<ErrorView>("workspace admin @alice", Sender.Mallory);

        Assert.Equal("Workspace admin: Mallory.", mallorys.Text);
        Assert.StartsWith("I don't know @alice in this workspace yet.", refused.Reason, StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<AuditEvent>> AuditOfAsync(string channelUserId) => _app.Store.ReadAsync(
        async (uow, ct) =>
        {
            var workspace = await uow.Workspaces.FindByExternalIdAsync(Sender.Alice.Workspace, ct);
            var member = await uow.Members.FindByChannelUserIdAsync(workspace!.Id, channelUserId, ct);
            return await uow.Audit.ListForEntityAsync(workspace.Id, "member", member!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        },
        CancellationToken.None);
}
