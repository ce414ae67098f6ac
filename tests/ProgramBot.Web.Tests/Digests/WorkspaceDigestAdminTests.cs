using ProgramBot.Web.Tests.Dialogs;

namespace ProgramBot.Web.Tests.Digests;

/// <summary>A workspace-wide digest through the real host: refused to a second person until an admin makes them one.</summary>
public sealed class WorkspaceDigestAdminTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private readonly string _tenant = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task WorkspaceDigest_IsRefusedToASecondPerson_UntilAnAdminMakesThemOne()
    {
        var alice = new ChatUser(fixture.Host, _tenant, "29:alice", "Alice");
        var bob = new ChatUser(fixture.Host, _tenant, "29:bob", "Bob");
        Assert.Equal("Workspace admin: Alice.", await alice.SayAsync("workspace admins"));

        var refused = await bob.SayAsync("digest subscribe daily 09:00 tz:Europe/Berlin");
        var listedAfterRefusal = await bob.SayAsync("digest list");
        var granted = await alice.MentionAsync(bob, "workspace admin ");
        var subscribed = await bob.SayAsync("digest subscribe daily 09:00 tz:Europe/Berlin");

        Assert.StartsWith("Only a workspace admin can subscribe or unsubscribe workspace-wide digests. Workspace admin: Alice.", refused, StringComparison.Ordinal);
        Assert.StartsWith("No digests in this conversation.", listedAfterRefusal, StringComparison.Ordinal);
        Assert.Equal("Bob is now a workspace admin.", granted);
        Assert.StartsWith("Subscribed this conversation: **D-1** the whole workspace, daily at 09:00 (Europe/Berlin)", subscribed, StringComparison.Ordinal);
        Assert.Equal("Workspace admins: Alice, Bob.", await bob.SayAsync("workspace admins"));
    }
}
