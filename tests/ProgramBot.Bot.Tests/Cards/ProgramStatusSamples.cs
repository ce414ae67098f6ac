using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Health;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Bot.Tests.Cards;

/// <summary>Program status views for the card and text tests: ordinary, overridden, hostile and huge.</summary>
internal static class ProgramStatusSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, TimeSpan.Zero);

    public static ProjectHealthView Project(string key, string name, Rag rag = Rag.Green, RagOverride? ragOverride = null, BudgetFigures? budget = null) => new(
        key, name, new RagAssessment(rag, rag == Rag.Green ? [] : ["1 milestone missed"]), ragOverride, 40,
        new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 18), new RiskBandCounts(1, 0, 2, 1), 3, 1, budget);

    public static ProgramStatusView Status(
        IReadOnlyList<ProjectHealthView> projects, IReadOnlyList<string>? slips = null, IReadOnlyList<ChainStep>? chain = null, IReadOnlyList<Lesson>? lessons = null) => new(
        new ProgramSummary("APOLLO", "Digital storefront", "Grow online sales", "Pat"), ["Dana", "Eve"], projects, slips ?? [],
        chain ?? [new ChainStep("API-1", "Endpoint", new DateOnly(2026, 12, 18), false), new ChainStep("WEB-1", "Launch", new DateOnly(2026, 12, 18), true)],
        TimeZoneInfo.Utc, lessons);

    public static IEnumerable<(string Name, ProgramStatusView View)> All()
    {
        yield return ("ordinary", Status(
            [Project("WEB", "Website", Rag.Red, budget: new BudgetFigures(120_000m, "EUR", 60_000m, 40)),
             Project("API", "Backend", ragOverride: new RagOverride(Rag.Amber, "vendor late", 1, Now, Now.AddDays(14)))],
            ["API-1 slipped 3 days → WEB-1 slips 3 days"], lessons: [new Lesson("WEB", "book the load test earlier", "Dana", Now)]));
        yield return ("empty", Status([], chain: []));
        yield return ("hostile", Status(
            [Project("WEB", CardSamples.Hostile, Rag.Amber, new RagOverride(Rag.Red, CardSamples.Hostile, 1, Now, Now.AddDays(1)))],
            [CardSamples.Hostile], [new ChainStep("WEB-1", CardSamples.Hostile, null, true)]));
        yield return ("huge", Status(
            [.. Enumerable.Range(1, 50).Select(i => Project($"P{i}", CardSamples.Long(200), Rag.Red, new RagOverride(Rag.Green, CardSamples.Long(300), 1, Now, Now.AddDays(3)), new BudgetFigures(1m, "EUR", 9m, 1)))],
            [.. Enumerable.Range(1, 5).Select(_ => CardSamples.Long(500))],
            [.. Enumerable.Range(1, 12).Select(i => new ChainStep($"API-{i}", CardSamples.Long(200), new DateOnly(2026, 12, 1), false))],
            [.. Enumerable.Range(1, 3).Select(_ => new Lesson("P1", CardSamples.Long(1000), CardSamples.Long(100), Now))]));
    }
}
