using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Dependencies;

namespace ProgramBot.Bench.Seeding;

/// <summary>
/// The large program's links: a chain of 1,000 open tasks spread evenly over the creation order (so
/// over every project), then random links until there are 20,000. Every link points from an earlier
/// task to a later one, so none closes a loop.
/// </summary>
internal static class DependencySeed
{
    public static async Task<string> AddAsync(
        IUnitOfWork uow, long workspaceId, IReadOnlyList<(TaskRef Ref, string Id)> open, long createdBy, Random random, DateTimeOffset now, CancellationToken ct)
    {
        var step = open.Count / LargeProgram.ChainLength;
        for (var k = 1; k < LargeProgram.ChainLength; k++)
        {
            await uow.Dependencies.AddAsync(workspaceId, new DependencyEdge(open[(k - 1) * step].Ref, open[k * step].Ref), createdBy, now, ct);
        }

        for (var added = LargeProgram.ChainLength - 1; added < LargeProgram.DependencyCount;)
        {
            var a = random.Next(open.Count - 1);
            var b = random.Next(a + 1, open.Count);
            if (await uow.Dependencies.AddAsync(workspaceId, new DependencyEdge(open[a].Ref, open[b].Ref), createdBy, now, ct))
            {
                added++;
            }
        }

        return open[0].Id;
    }
}
