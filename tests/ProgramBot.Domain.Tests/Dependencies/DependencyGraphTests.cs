using ProgramBot.Domain.Dependencies;
using static ProgramBot.Domain.Tests.Dependencies.GraphFixture;

namespace ProgramBot.Domain.Tests.Dependencies;

public sealed class DependencyGraphTests
{
    [Fact]
    public void CycleThrough_SpellsOutTheCycle_WhenTheLinkWouldCloseOne()
    {
        var graph = new DependencyGraph([], [Edge(Api(7), Web(42)), Edge(Web(42), Web(43))]);

        var cycle = graph.CycleThrough(Edge(Web(43), Api(7)));

        Assert.Equal([Web(43), Api(7), Web(42), Web(43)], cycle);
    }

    [Fact]
    public void CycleThrough_FindsTheTwoTaskCycle_WhenTheLinkIsReversed()
    {
        var graph = new DependencyGraph([], [Edge(Api(7), Web(42))]);

        Assert.Equal([Web(42), Api(7), Web(42)], graph.CycleThrough(Edge(Web(42), Api(7))));
    }

    [Fact]
    public void CycleThrough_IsSelf_WhenATaskWouldDependOnItself()
    {
        var graph = new DependencyGraph([], []);

        Assert.Equal([Api(1), Api(1)], graph.CycleThrough(Edge(Api(1), Api(1))));
    }

    [Fact]
    public void CycleThrough_IsNull_ForADiamond()
    {
        var graph = new DependencyGraph([], [Edge(Api(1), Api(2)), Edge(Api(1), Api(3)), Edge(Api(2), Api(4))]);

        Assert.Null(graph.CycleThrough(Edge(Api(3), Api(4))));
    }

    [Fact]
    public void TopologicalOrder_PutsEveryTaskAfterItsPredecessors()
    {
        var graph = new DependencyGraph([], [Edge(Api(3), Api(4)), Edge(Api(1), Api(2)), Edge(Api(2), Api(3))]);

        Assert.Equal([Api(1), Api(2), Api(3), Api(4)], graph.TopologicalOrder());
    }

    [Fact]
    public void RemoveEdge_UnlinksBothWays()
    {
        var graph = new DependencyGraph([], [Edge(Api(1), Api(2))]);

        graph.RemoveEdge(Edge(Api(1), Api(2)));

        Assert.Equal((false, 0, 0), (graph.HasEdge(Edge(Api(1), Api(2))), graph.SuccessorsOf(Api(1)).Count, graph.PredecessorsOf(Api(2)).Count));
    }

    [Fact]
    public void CriticalChain_TakesTheLongestEstimatedPath_EndingAtTheTask()
    {
        // 1 (2d) → 2 (1d) → 4 and 1 → 3 (5d) → 4: the chain through 3 is longer.
        var graph = new DependencyGraph(
            [Node(Api(1), 5, estimate: 2), Node(Api(2), 6, estimate: 1), Node(Api(3), 7, estimate: 5), Node(Api(4), 9)],
            [Edge(Api(1), Api(2)), Edge(Api(1), Api(3)), Edge(Api(2), Api(4)), Edge(Api(3), Api(4))]);

        Assert.Equal([Api(1), Api(3), Api(4)], CriticalChain.EndingAt(graph, Api(4)));
    }

    [Fact]
    public void CriticalChain_LeavesOutDoneWork()
    {
        var graph = new DependencyGraph(
            [Node(Api(1), 5, done: true, estimate: 9), Node(Api(2), 6), Node(Api(3), 7)],
            [Edge(Api(1), Api(3)), Edge(Api(2), Api(3))]);

        Assert.Equal([Api(2), Api(3)], CriticalChain.EndingAt(graph, Api(3)));
    }
}
