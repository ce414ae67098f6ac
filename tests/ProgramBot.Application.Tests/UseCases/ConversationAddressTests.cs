using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Application.Conversations;

namespace ProgramBot.Application.Tests.UseCases;

/// <summary>Every incoming message keeps its conversation's address current, writing only when it changed.</summary>
public sealed class ConversationAddressTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Message_StoresAndRefreshesTheConversationAddress()
    {
        var first = new ReplyAddress("msteams", "https://smba.example/emea/", "tenant-a", "28:bot", "ProgramBot");

        await ResolveAsync(first);
        var stored = await FindAsync();
        await ResolveAsync(first with { ServiceUrl = "https://smba.example/amer/" });
        var refreshed = await FindAsync();

        Assert.Equal("https://smba.example/emea/", stored?.ServiceUrl);
        Assert.Equal("https://smba.example/amer/", refreshed?.ServiceUrl);
        Assert.Equal(("28:bot", "tenant-a"), (refreshed?.BotId, refreshed?.TenantId));
    }

    private Task<CommandContext> ResolveAsync(ReplyAddress address) =>
        _app.Services.GetRequiredService<ConversationService>().ResolveAsync(
            new IncomingMessage("tenant-a", "19:general", "29:alice", "Alice", "help", null, null, [], address), CancellationToken.None);

    private Task<Domain.Digests.ConversationAddress?> FindAsync() =>
        _app.Store.ReadAsync(
            async (uow, ct) =>
            {
                var workspace = await uow.Workspaces.FindByExternalIdAsync("tenant-a", ct);
                return await uow.ConversationAddresses.FindAsync(workspace!.Id, "19:general", ct);
            },
            CancellationToken.None);
}
