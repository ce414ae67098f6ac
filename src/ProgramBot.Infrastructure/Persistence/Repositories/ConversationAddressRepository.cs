using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class ConversationAddressRepository(DbSession session) : IConversationAddressRepository
{
    public Task UpsertAsync(ConversationAddress address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        const string Sql = """
            INSERT INTO conversation_addresses (workspace_id, conversation_id, channel_id, service_url, tenant_id, bot_id, bot_name, updated_at)
            VALUES (@WorkspaceId, @ConversationId, @ChannelId, @ServiceUrl, @TenantId, @BotId, @BotName, @Now)
            ON CONFLICT (workspace_id, conversation_id) DO UPDATE SET
                channel_id = excluded.channel_id, service_url = excluded.service_url, tenant_id = excluded.tenant_id,
                bot_id = excluded.bot_id, bot_name = excluded.bot_name, updated_at = excluded.updated_at
            WHERE conversation_addresses.service_url <> excluded.service_url OR conversation_addresses.bot_id <> excluded.bot_id
               OR conversation_addresses.channel_id <> excluded.channel_id
               OR COALESCE(conversation_addresses.tenant_id, '') <> COALESCE(excluded.tenant_id, '');
            """;
        var a = address;
        return session.Connection.ExecuteAsync(session.Command(Sql, new
        {
            a.WorkspaceId, a.ConversationId, a.ChannelId, a.ServiceUrl, a.TenantId, a.BotId, a.BotName, Now = now,
        }, cancellationToken));
    }

    public async Task<ConversationAddress?> FindAsync(long workspaceId, string conversationId, CancellationToken cancellationToken)
    {
        const string Sql = """
            SELECT workspace_id AS WorkspaceId, conversation_id AS ConversationId, channel_id AS ChannelId, service_url AS ServiceUrl,
                   tenant_id AS TenantId, bot_id AS BotId, bot_name AS BotName
            FROM conversation_addresses WHERE workspace_id = @WorkspaceId AND conversation_id = @ConversationId;
            """;
        var row = await session.Connection.QuerySingleOrDefaultAsync<AddressRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, ConversationId = conversationId }, cancellationToken));
        return row is null ? null : new ConversationAddress(row.WorkspaceId, row.ConversationId, row.ChannelId, row.ServiceUrl, row.TenantId, row.BotId, row.BotName);
    }

    private sealed class AddressRow
    {
        public long WorkspaceId { get; set; }

        public string ConversationId { get; set; } = string.Empty;

        public string ChannelId { get; set; } = string.Empty;

        public string ServiceUrl { get; set; } = string.Empty;

        public string? TenantId { get; set; }

        public string BotId { get; set; } = string.Empty;

        public string? BotName { get; set; }
    }
}
