using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Members;

/// <summary>The display names of the given members, read in one query (none when there are no ids).</summary>
public static class MemberNames
{
    public static async Task<IReadOnlyDictionary<long, string>> ReadAsync(
        IUnitOfWork uow, long workspaceId, IEnumerable<long?> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.OfType<long>().Distinct().ToArray();
        return wanted.Length == 0
            ? new Dictionary<long, string>()
            : (await uow.Members.GetByIdsAsync(workspaceId, wanted, cancellationToken)).ToDictionary(m => m.Id, m => m.Name);
    }
}
