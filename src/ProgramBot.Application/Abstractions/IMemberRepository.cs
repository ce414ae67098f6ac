using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Application.Abstractions;

public interface IMemberRepository
{
    Task<Member?> FindByChannelUserIdAsync(long workspaceId, string channelUserId, CancellationToken cancellationToken);

    /// <summary>All members of the workspace whose handle is exactly <paramref name="handle"/>.</summary>
    Task<IReadOnlyList<Member>> FindByHandleAsync(long workspaceId, string handle, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> GetByIdsAsync(long workspaceId, IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>The workspace's admins, earliest first.</summary>
    Task<IReadOnlyList<Member>> ListAdminsAsync(long workspaceId, CancellationToken cancellationToken);

    Task SetAdminAsync(long workspaceId, long memberId, bool isAdmin, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the member, or updates name, handle and (when given) time zone of the existing one.
    /// The first member inserted into a workspace becomes its admin; an update leaves the flag alone.
    /// </summary>
    Task<Member> UpsertAsync(
        long workspaceId, string channelUserId, string name, string? timeZone, DateTimeOffset now, CancellationToken cancellationToken);
}
