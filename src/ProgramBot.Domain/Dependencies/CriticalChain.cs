namespace ProgramBot.Domain.Dependencies;

/// <summary>
/// The longest path of open dependent work (by estimate; an unestimated task weighs
/// <c>defaultWeight</c>) that ends at a given task, first task first.
/// </summary>
public static class CriticalChain
{
    public static IReadOnlyList<TaskRef> EndingAt(DependencyGraph graph, TaskRef end, decimal defaultWeight = 1m)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var ancestors = new HashSet<TaskRef> { end };
        var queue = new Queue<TaskRef>([end]);
        while (queue.Count > 0)
        {
            foreach (var predecessor in graph.PredecessorsOf(queue.Dequeue()))
            {
                if (graph.Find(predecessor) is { Done: false } && ancestors.Add(predecessor))
                {
                    queue.Enqueue(predecessor);
                }
            }
        }

        var length = new Dictionary<TaskRef, decimal>();
        var via = new Dictionary<TaskRef, TaskRef>();
        foreach (var task in graph.TopologicalOrder().Where(ancestors.Contains))
        {
            var best = 0m;
            foreach (var predecessor in graph.PredecessorsOf(task).Where(length.ContainsKey))
            {
                if (length[predecessor] > best)
                {
                    best = length[predecessor];
                    via[task] = predecessor;
                }
            }

            length[task] = best + (graph.Find(task)?.Estimate ?? defaultWeight);
        }

        var chain = new List<TaskRef> { end };
        for (var step = end; via.TryGetValue(step, out var previous); step = previous)
        {
            chain.Add(previous);
        }

        chain.Reverse();
        return chain;
    }
}
