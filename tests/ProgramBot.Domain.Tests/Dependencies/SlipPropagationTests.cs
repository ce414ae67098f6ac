using ProgramBot.Domain.Dependencies;
using static ProgramBot.Domain.Tests.Dependencies.GraphFixture;

namespace ProgramBot.Domain.Tests.Dependencies;

public sealed class SlipPropagationTests
{
    [Fact]
    public void Forecast_IsTheDueDate_OrALaterPredecessorForecast()
    {
        var graph = new DependencyGraph(
            [Node(Api(1), 10), Node(Api(2), 5), Node(Api(3), 20), Node(Api(4), null)],
            [Edge(Api(1), Api(2)), Edge(Api(2), Api(3)), Edge(Api(2), Api(4))]);

        var forecasts = Forecaster.Compute(graph);

        Assert.Equal([Jan(10), Jan(10), Jan(20), Jan(10)], new[] { Api(1), Api(2), Api(3), Api(4) }.Select(t => forecasts[t]));
    }

    [Fact]
    public void Forecast_IsNotPushed_ByADonePredecessor()
    {
        var graph = new DependencyGraph([Node(Api(1), 30, done: true), Node(Api(2), 5)], [Edge(Api(1), Api(2))]);

        Assert.Equal(Jan(5), Forecaster.Compute(graph)[Api(2)]);
    }

    [Fact]
    public void Propagate_MovesTheWholeChain_WhenItsHeadSlips()
    {
        var graph = new DependencyGraph(
            [Node(Api(1), 5), Node(Api(2), 5), Node(Api(3), 5)],
            [Edge(Api(1), Api(2)), Edge(Api(2), Api(3))]);

        var slip = SlipPropagation.Propagate(graph, Api(1), g => g.Upsert(Node(Api(1), 8)));

        Assert.Equal(3, slip.Cause?.Days);
        Assert.Equal([(Api(2), 3), (Api(3), 3)], slip.Moved.Select(m => (m.Task, m.Days)));
    }

    [Fact]
    public void Propagate_StopsWhereThereIsSlack()
    {
        var graph = new DependencyGraph(
            [Node(Api(1), 5), Node(Api(2), 7), Node(Api(3), 7)],
            [Edge(Api(1), Api(2)), Edge(Api(2), Api(3))]);

        var slip = SlipPropagation.Propagate(graph, Api(1), g => g.Upsert(Node(Api(1), 9)));

        Assert.Equal([(Api(2), 2), (Api(3), 2)], slip.Moved.Select(m => (m.Task, m.Days)));
        Assert.Empty(SlipPropagation.Propagate(graph, Api(1), g => g.Upsert(Node(Api(1), 3))).Moved);
    }

    [Fact]
    public void Propagate_ReportsADiamondsJoinOnce_AtItsLatestBranch()
    {
        // 1 → 2 → 4 and 1 → 3 → 4; 3 has slack of two days, 2 has none.
        var graph = new DependencyGraph(
            [Node(Api(1), 5), Node(Api(2), 5), Node(Api(3), 7), Node(Api(4), 5)],
            [Edge(Api(1), Api(2)), Edge(Api(1), Api(3)), Edge(Api(2), Api(4)), Edge(Api(3), Api(4))]);

        var slip = SlipPropagation.Propagate(graph, Api(1), g => g.Upsert(Node(Api(1), 10)));

        Assert.Equal([(Api(2), 5), (Api(3), 3), (Api(4), 3)], slip.Moved.Select(m => (m.Task, m.Days)).OrderBy(m => m.Item1.Number));
        Assert.Equal(Jan(10), slip.After[Api(4)]);
    }

    [Fact]
    public void Propagate_CrossesProjects_WhenADependencyIsAdded()
    {
        var graph = new DependencyGraph([Node(Api(7), 12), Node(Web(42), 9), Node(Web(43), 9)], [Edge(Web(42), Web(43))]);

        var slip = SlipPropagation.Propagate(graph, Web(42), g => g.AddEdge(Edge(Api(7), Web(42))));

        Assert.Equal(3, slip.Cause?.Days);
        Assert.Equal([(Web(43), 3)], slip.Moved.Select(m => (m.Task, m.Days)));
    }

    [Fact]
    public void Propagate_FinishesQuickly_OnALongChain()
    {
        var nodes = Enumerable.Range(1, 20_000).Select(n => new ScheduleNode(Api(n), Jan(1).AddDays(n % 7), false)).ToList();
        var edges = Enumerable.Range(1, 19_999).Select(n => Edge(Api(n), Api(n + 1))).ToList();
        var graph = new DependencyGraph(nodes, edges);

        var slip = SlipPropagation.Propagate(graph, Api(1), g => g.Upsert(Node(Api(1), 31)));

        Assert.Equal(19_999, slip.Moved.Count);
    }
}
