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
        if (!graph.TryIndexOf(end, out var last))
        {
            return [end];
        }

        var ancestors = new HashSet<int> { last };
        var queue = new Queue<int>([last]);
        while (queue.Count > 0)
        {
            foreach (var predecessor in graph.Previous(queue.Dequeue()))
            {
                if (!graph.NodeAt(predecessor).Done && ancestors.Add(predecessor))
                {
                    queue.Enqueue(predecessor);
                }
            }
        }

        var length = new Dictionary<int, decimal>();
        var via = new Dictionary<int, int>();
        foreach (var task in graph.TopologicalIndexes().Where(ancestors.Contains))
        {
            var best = 0m;
            foreach (var predecessor in graph.Previous(task).Where(length.ContainsKey))
            {
                if (length[predecessor] > best)
                {
                    best = length[predecessor];
                    via[task] = predecessor;
                }
            }

            length[task] = best + (graph.NodeAt(task).Estimate ?? defaultWeight);
        }

        var chain = new List<TaskRef> { end };
        for (var step = last; via.TryGetValue(step, out var previous); step = previous)
        {
            chain.Add(graph.RefAt(previous));
        }

        chain.Reverse();
        return chain;
    }
}
