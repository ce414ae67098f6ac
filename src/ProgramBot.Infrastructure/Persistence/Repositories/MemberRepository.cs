using Dapper;
using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

internal sealed class MemberRepository(DbSession session) : IMemberRepository
{
    private const string Columns = """
        id AS Id, workspace_id AS WorkspaceId, channel_user_id AS ChannelUserId, name AS Name,
        handle AS Handle, time_zone AS TimeZone, created_at AS CreatedAt, is_admin AS IsAdmin
        """;

    public async Task<Member?> FindByChannelUserIdAsync(long workspaceId, string channelUserId, CancellationToken cancellationToken)
    {
        const string Sql = $"SELECT {Columns} FROM members WHERE workspace_id = @WorkspaceId AND channel_user_id = @ChannelUserId;";
        var row = await session.Connection.QuerySingleOrDefaultAsync<MemberRow>(session.Command(
            Sql, new { WorkspaceId = workspaceId, ChannelUserId = channelUserId }, cancellationToken));
        return row?.ToDomain();
    }

    public async Task<IReadOnlyList<Member>> FindByHandleAsync(long workspaceId, string handle, CancellationToken cancellationToken)
    {
        const string Sql = $"SELECT {Columns} FROM members WHERE workspace_id = @WorkspaceId AND handle = @Handle ORDER BY id;";
        var rows = await session.Connection.QueryAsync<MemberRow>(session.Command(
            Sql, new { WorkspaceId = workspaceId, Handle = handle }, cancellationToken));
        return rows.Select(row => row.ToDomain()).ToList();
    }

    public async Task<IReadOnlyList<Member>> GetByIdsAsync(
        long workspaceId, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        const string Sql = $"SELECT {Columns} FROM members WHERE workspace_id = @WorkspaceId AND id IN @Ids ORDER BY id;";
        var rows = await session.Connection.QueryAsync<MemberRow>(session.Command(
            Sql, new { WorkspaceId = workspaceId, Ids = ids.Distinct().ToArray() }, cancellationToken));
        return rows.Select(row => row.ToDomain()).ToList();
    }

    public async Task<IReadOnlyList<Member>> ListAdminsAsync(long workspaceId, CancellationToken cancellationToken)
    {
        const string Sql = $"SELECT {Columns} FROM members WHERE workspace_id = @WorkspaceId AND is_admin = 1 ORDER BY id;";
        var rows = await session.Connection.QueryAsync<MemberRow>(session.Command(Sql, new { WorkspaceId = workspaceId }, cancellationToken));
        return rows.Select(row => row.ToDomain()).ToList();
    }

    public Task SetAdminAsync(long workspaceId, long memberId, bool isAdmin, CancellationToken cancellationToken)
    {
        const string Sql = "UPDATE members SET is_admin = @IsAdmin WHERE workspace_id = @WorkspaceId AND id = @MemberId;";
        return session.Connection.ExecuteAsync(session.Command(
            Sql, new { WorkspaceId = workspaceId, MemberId = memberId, IsAdmin = isAdmin ? 1 : 0 }, cancellationToken));
    }

    public async Task<Member> UpsertAsync(
        long workspaceId, string channelUserId, string name, string? timeZone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelUserId);
        ArgumentNullException.ThrowIfNull(name);
        // The first member of a workspace becomes its admin, decided in the insert itself; an update never changes it.
        const string Sql = $"""
            INSERT INTO members (workspace_id, channel_user_id, name, handle, time_zone, created_at, is_admin)
            VALUES (@WorkspaceId, @ChannelUserId, @Name, @Handle, @TimeZone, @Now,
                    CASE WHEN EXISTS (SELECT 1 FROM members WHERE workspace_id = @WorkspaceId) THEN 0 ELSE 1 END)
            ON CONFLICT (workspace_id, channel_user_id) DO UPDATE SET
                name = excluded.name,
                handle = excluded.handle,
                time_zone = COALESCE(excluded.time_zone, members.time_zone)
            RETURNING {Columns};
            """;
        var trimmed = name.Trim();
        var row = await session.Connection.QuerySingleAsync<MemberRow>(session.Command(
            Sql,
            new
            {
                WorkspaceId = workspaceId,
                ChannelUserId = channelUserId,
                Name = trimmed,
                Handle = MemberHandle.From(trimmed),
                TimeZone = timeZone,
                Now = now,
            },
            cancellationToken));
        return row.ToDomain();
    }

    private sealed class MemberRow
    {
        public long Id { get; set; }

        public long WorkspaceId { get; set; }

        public string ChannelUserId { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string Handle { get; set; } = string.Empty;

        public string? TimeZone { get; set; }

        public DateTimeOffset CreatedAt { get; set; }

        public bool IsAdmin { get; set; }

        public Member ToDomain() => new(Id, WorkspaceId, ChannelUserId, Name, Handle, TimeZone, CreatedAt, IsAdmin);
    }
}
