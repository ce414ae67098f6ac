namespace ProgramBot.Domain.Dependencies;

/// <summary>
/// The tasks that take part in dependencies and the links between them, held in memory so that
/// forecasts, slips and the critical chain are worked out without a query per task. Acyclic by
/// rule: <see cref="CycleThrough"/> is asked before a link is added.
/// </summary>
public sealed class DependencyGraph
{
    private readonly Dictionary<TaskRef, ScheduleNode> _nodes = [];
    private readonly Dictionary<TaskRef, List<TaskRef>> _successors = [];
    private readonly Dictionary<TaskRef, List<TaskRef>> _predecessors = [];

    public DependencyGraph(IEnumerable<ScheduleNode> nodes, IEnumerable<DependencyEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        foreach (var node in nodes)
        {
            _nodes[node.Ref] = node;
        }

        foreach (var edge in edges)
        {
            AddEdge(edge);
        }
    }

    public IReadOnlyCollection<ScheduleNode> Nodes => _nodes.Values;

    public ScheduleNode? Find(TaskRef task) => _nodes.GetValueOrDefault(task);

    /// <summary>Adds the task, or replaces what is known of it (a new due date, done).</summary>
    public void Upsert(ScheduleNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        _nodes[node.Ref] = node;
    }

    public bool HasEdge(DependencyEdge edge) => _successors.TryGetValue(edge.Predecessor, out var next) && next.Contains(edge.Successor);

    public void AddEdge(DependencyEdge edge)
    {
        if (HasEdge(edge))
        {
            return;
        }

        Link(_successors, edge.Predecessor, edge.Successor);
        Link(_predecessors, edge.Successor, edge.Predecessor);
        _nodes.TryAdd(edge.Predecessor, new ScheduleNode(edge.Predecessor, null, false));
        _nodes.TryAdd(edge.Successor, new ScheduleNode(edge.Successor, null, false));
    }

    public void RemoveEdge(DependencyEdge edge)
    {
        if (_successors.TryGetValue(edge.Predecessor, out var next))
        {
            next.Remove(edge.Successor);
        }

        if (_predecessors.TryGetValue(edge.Successor, out var previous))
        {
            previous.Remove(edge.Predecessor);
        }
    }

    public IReadOnlyList<TaskRef> SuccessorsOf(TaskRef task) => _successors.TryGetValue(task, out var next) ? next : [];

    public IReadOnlyList<TaskRef> PredecessorsOf(TaskRef task) => _predecessors.TryGetValue(task, out var previous) ? previous : [];

    /// <summary>
    /// The cycle that adding <paramref name="edge"/> would close, as predecessor → successor → … →
    /// predecessor; null when it closes none.
    /// </summary>
    public IReadOnlyList<TaskRef>? CycleThrough(DependencyEdge edge)
    {
        var (from, to) = (edge.Successor, edge.Predecessor);
        var cameFrom = new Dictionary<TaskRef, TaskRef> { [from] = from };
        var queue = new Queue<TaskRef>([from]);
        while (queue.Count > 0 && !cameFrom.ContainsKey(to))
        {
            var current = queue.Dequeue();
            foreach (var next in SuccessorsOf(current).Where(next => cameFrom.TryAdd(next, current)))
            {
                queue.Enqueue(next);
            }
        }

        if (!cameFrom.ContainsKey(to))
        {
            return null;
        }

        var path = new List<TaskRef> { to };
        for (var step = to; step != from; step = cameFrom[step])
        {
            path.Add(cameFrom[step]);
        }

        path.Add(to);
        path.Reverse();
        return path;
    }

    /// <summary>Every task after all of its predecessors (Kahn's algorithm).</summary>
    public IReadOnlyList<TaskRef> TopologicalOrder()
    {
        var waiting = _nodes.Keys.ToDictionary(task => task, task => PredecessorsOf(task).Count);
        var ready = new Queue<TaskRef>(waiting.Where(pair => pair.Value == 0).Select(pair => pair.Key));
        var order = new List<TaskRef>(_nodes.Count);
        while (ready.Count > 0)
        {
            var task = ready.Dequeue();
            order.Add(task);
            foreach (var next in SuccessorsOf(task))
            {
                if (--waiting[next] == 0)
                {
                    ready.Enqueue(next);
                }
            }
        }

        return order;
    }

    private static void Link(Dictionary<TaskRef, List<TaskRef>> lists, TaskRef key, TaskRef value)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists[key] = list;
        }

        list.Add(value);
    }
}
