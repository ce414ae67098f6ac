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
            INSERT INTO conversation_addresses (workspace_id, conversation_id, channel_id, service_url, tenant_id, bot_id, bot_name,
                                                conversation_type, member_id, updated_at)
            VALUES (@WorkspaceId, @ConversationId, @ChannelId, @ServiceUrl, @TenantId, @BotId, @BotName, @ConversationType, @MemberId, @Now)
            ON CONFLICT (workspace_id, conversation_id) DO UPDATE SET
                channel_id = excluded.channel_id, service_url = excluded.service_url, tenant_id = excluded.tenant_id,
                bot_id = excluded.bot_id, bot_name = excluded.bot_name, conversation_type = excluded.conversation_type,
                member_id = COALESCE(excluded.member_id, conversation_addresses.member_id), updated_at = excluded.updated_at
            WHERE conversation_addresses.service_url <> excluded.service_url OR conversation_addresses.bot_id <> excluded.bot_id
               OR conversation_addresses.channel_id <> excluded.channel_id
               OR COALESCE(conversation_addresses.tenant_id, '') <> COALESCE(excluded.tenant_id, '')
               OR COALESCE(conversation_addresses.conversation_type, '') <> COALESCE(excluded.conversation_type, '')
               OR COALESCE(conversation_addresses.member_id, 0) <> COALESCE(excluded.member_id, conversation_addresses.member_id, 0);
            """;
        var a = address;
        return session.Connection.ExecuteAsync(session.Command(Sql, new
        {
            a.WorkspaceId, a.ConversationId, a.ChannelId, a.ServiceUrl, a.TenantId, a.BotId, a.BotName, a.ConversationType, a.MemberId, Now = now,
        }, cancellationToken));
    }

    public async Task<ConversationAddress?> FindAsync(long workspaceId, string conversationId, CancellationToken cancellationToken)
    {
        const string Sql = $"{Select} WHERE workspace_id = @WorkspaceId AND conversation_id = @ConversationId;";
        var row = await session.Connection.QuerySingleOrDefaultAsync<AddressRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, ConversationId = conversationId }, cancellationToken));
        return row?.ToDomain();
    }

    public async Task<IReadOnlyDictionary<long, ConversationAddress>> FindPersonalAsync(
        long workspaceId, IReadOnlyCollection<long> memberIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        const string Sql = $"""
            {Select}
            WHERE workspace_id = @WorkspaceId AND conversation_type = 'personal' AND member_id IN @MemberIds
            ORDER BY updated_at;
            """;
        var rows = memberIds.Count == 0 ? [] : await session.Connection.QueryAsync<AddressRow>(
            session.Command(Sql, new { WorkspaceId = workspaceId, MemberIds = memberIds.ToArray() }, cancellationToken));

        // The most recently refreshed personal chat of a member wins.
        var found = new Dictionary<long, ConversationAddress>();
        foreach (var row in rows)
        {
            found[row.MemberId!.Value] = row.ToDomain();
        }

        return found;
    }

    private const string Select = """
        SELECT workspace_id AS WorkspaceId, conversation_id AS ConversationId, channel_id AS ChannelId, service_url AS ServiceUrl,
               tenant_id AS TenantId, bot_id AS BotId, bot_name AS BotName, conversation_type AS ConversationType, member_id AS MemberId
        FROM conversation_addresses
        """;

    private sealed class AddressRow
    {
        public long WorkspaceId { get; set; }

        public string ConversationId { get; set; } = string.Empty;

        public string ChannelId { get; set; } = string.Empty;

        public string ServiceUrl { get; set; } = string.Empty;

        public string? TenantId { get; set; }

        public string BotId { get; set; } = string.Empty;

        public string? BotName { get; set; }

        public string? ConversationType { get; set; }

        public long? MemberId { get; set; }

        public ConversationAddress ToDomain() =>
            new(WorkspaceId, ConversationId, ChannelId, ServiceUrl, TenantId, BotId, BotName, ConversationType, MemberId);
    }
}
