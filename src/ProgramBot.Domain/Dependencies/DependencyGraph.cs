namespace ProgramBot.Domain.Dependencies;

/// <summary>
/// The tasks that take part in dependencies and the links between them, held in memory so that
/// forecasts, slips and the critical chain are worked out without a query per task. Tasks are
/// numbered internally so the walks run over arrays. Acyclic by rule: <see cref="CycleThrough"/>
/// is asked before a link is added.
/// </summary>
public sealed class DependencyGraph
{
    private static readonly List<int> NoLinks = [];
    private readonly Dictionary<TaskRef, int> _index = [];
    private readonly List<ScheduleNode> _nodes = [];
    private readonly List<List<int>?> _successors = [];
    private readonly List<List<int>?> _predecessors = [];

    public DependencyGraph(IEnumerable<ScheduleNode> nodes, IEnumerable<DependencyEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        foreach (var node in nodes)
        {
            Upsert(node);
        }

        foreach (var edge in edges)
        {
            AddEdge(edge);
        }
    }

    public IReadOnlyCollection<ScheduleNode> Nodes => _nodes;

    internal int Count => _nodes.Count;

    public ScheduleNode? Find(TaskRef task) => _index.TryGetValue(task, out var i) ? _nodes[i] : null;

    /// <summary>Adds the task, or replaces what is known of it (a new due date, done).</summary>
    public void Upsert(ScheduleNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (_index.TryGetValue(node.Ref, out var i))
        {
            _nodes[i] = node;
            return;
        }

        _index[node.Ref] = _nodes.Count;
        _nodes.Add(node);
        _successors.Add(null);
        _predecessors.Add(null);
    }

    public bool HasEdge(DependencyEdge edge) =>
        _index.TryGetValue(edge.Predecessor, out var from) && _index.TryGetValue(edge.Successor, out var to) && Next(from).Contains(to);

    public void AddEdge(DependencyEdge edge)
    {
        var (from, to) = (Ensure(edge.Predecessor), Ensure(edge.Successor));
        if (Next(from).Contains(to))
        {
            return;
        }

        (_successors[from] ??= []).Add(to);
        (_predecessors[to] ??= []).Add(from);
    }

    public void RemoveEdge(DependencyEdge edge)
    {
        if (_index.TryGetValue(edge.Predecessor, out var from) && _index.TryGetValue(edge.Successor, out var to))
        {
            _successors[from]?.Remove(to);
            _predecessors[to]?.Remove(from);
        }
    }

    public IReadOnlyList<TaskRef> SuccessorsOf(TaskRef task) => _index.TryGetValue(task, out var i) ? [.. Next(i).Select(RefAt)] : [];

    public IReadOnlyList<TaskRef> PredecessorsOf(TaskRef task) => _index.TryGetValue(task, out var i) ? [.. Previous(i).Select(RefAt)] : [];

    /// <summary>
    /// The cycle that adding <paramref name="edge"/> would close, as predecessor → successor → … →
    /// predecessor; null when it closes none.
    /// </summary>
    public IReadOnlyList<TaskRef>? CycleThrough(DependencyEdge edge)
    {
        if (edge.Predecessor == edge.Successor)
        {
            return [edge.Predecessor, edge.Predecessor];
        }

        if (!_index.TryGetValue(edge.Successor, out var from) || !_index.TryGetValue(edge.Predecessor, out var to))
        {
            return null;
        }

        var cameFrom = new Dictionary<int, int> { [from] = from };
        var queue = new Queue<int>([from]);
        while (queue.Count > 0 && !cameFrom.ContainsKey(to))
        {
            var current = queue.Dequeue();
            foreach (var next in Next(current).Where(next => cameFrom.TryAdd(next, current)))
            {
                queue.Enqueue(next);
            }
        }

        if (!cameFrom.ContainsKey(to))
        {
            return null;
        }

        var path = new List<TaskRef> { RefAt(to) };
        for (var step = to; step != from; step = cameFrom[step])
        {
            path.Add(RefAt(cameFrom[step]));
        }

        path.Add(RefAt(to));
        path.Reverse();
        return path;
    }

    /// <summary>Every task after all of its predecessors (Kahn's algorithm).</summary>
    public IReadOnlyList<TaskRef> TopologicalOrder() => [.. TopologicalIndexes().Select(RefAt)];

    internal int[] TopologicalIndexes()
    {
        var waiting = new int[_nodes.Count];
        var order = new int[_nodes.Count];
        var (head, tail) = (0, 0);
        for (var i = 0; i < waiting.Length; i++)
        {
            waiting[i] = Previous(i).Count;
            if (waiting[i] == 0)
            {
                order[tail++] = i;
            }
        }

        while (head < tail)
        {
            foreach (var next in Next(order[head++]))
            {
                if (--waiting[next] == 0)
                {
                    order[tail++] = next;
                }
            }
        }

        return order[..tail];
    }

    internal ScheduleNode NodeAt(int index) => _nodes[index];

    internal TaskRef RefAt(int index) => _nodes[index].Ref;

    internal bool TryIndexOf(TaskRef task, out int index) => _index.TryGetValue(task, out index);

    internal List<int> Next(int index) => _successors[index] ?? NoLinks;

    internal List<int> Previous(int index) => _predecessors[index] ?? NoLinks;

    private int Ensure(TaskRef task)
    {
        if (!_index.TryGetValue(task, out var i))
        {
            Upsert(new ScheduleNode(task, null, false));
            i = _nodes.Count - 1;
        }

        return i;
    }
}
