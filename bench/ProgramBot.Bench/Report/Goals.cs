using System.Globalization;
using ProgramBot.Bench.Benchmarks;

namespace ProgramBot.Bench.Report;

/// <summary>The goals, evaluated on medians (the spread is in the tables).</summary>
internal static class Goals
{
    public const int GoalConcurrency = 16;
    public const double MaxStartupMs = 1500;
    public const double MaxPeakRssMb = 250;

    public const double MaxFanOutSeconds = 60;
    public const int TeamsTenantRate = 30;
    public const int TeamsConversationRate = 7;

    public static IReadOnlyList<Goal> Evaluate(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (blocks, startup) = (report.Blocks, report.Startup);
        var add = blocks.FirstOrDefault(b => b is { Workload: "task-add", Concurrency: GoalConcurrency });
        var list = blocks.FirstOrDefault(b => b is { Workload: "task-list", Concurrency: GoalConcurrency });
        var click = blocks.FirstOrDefault(b => b is { Workload: "approval-click", Concurrency: GoalConcurrency });
        var goals = new List<Goal>
        {
            RatioGoal("task add throughput at 16 conversations ≥ 0.6 × baseline", add, 0.6),
            add is null ? new Goal("task add p99 at 16 conversations ≤ 50 ms", "–", null)
                : Check("task add p99 at 16 conversations ≤ 50 ms", Spread.Of(add.ProgramBot.Select(r => r.P99Ms)), 50, "F1", " ms"),
            RatioGoal("task list throughput at 16 conversations ≥ 0.7 × baseline", list, 0.7),
            click is null ? new Goal("approval click p99 at 16 conversations ≤ 100 ms", "–", null)
                : Check("approval click p99 at 16 conversations ≤ 100 ms", Spread.Of(click.ProgramBot.Select(r => r.P99Ms)), 100, "F1", " ms"),
            startup is null ? new Goal("start-up ≤ 1.5 s", "–", null)
                : Check("start-up ≤ 1.5 s", Spread.Of(startup.ProgramBotMs), MaxStartupMs, "F0", " ms"),
        };

        goals.AddRange(DigestGoals(report.Digest));
        goals.Add(report.Rollup is { } rollup
            ? Check("program status and a slip at the head of a long chain ≤ 200 ms (the slower median)",
                Spread.Of(Spread.Of(rollup.StatusMs).Median > Spread.Of(rollup.SlipMs).Median ? rollup.StatusMs : rollup.SlipMs), 200, "F0", " ms")
            : new Goal("roll-up and slip propagation ≤ 200 ms", "–", null));
        goals.AddRange(FanOutGoals(report.FanOut));
        var peaks = blocks.SelectMany(b => b.ProgramBot.Select(r => r.PeakRssMb))
            .Concat(startup?.ProgramBotIdleRssMb ?? []).Concat(report.FanOut is { } f ? [f.PeakRssMb] : []).ToList();
        goals.Add(peaks.Count == 0
            ? new Goal("peak RSS ≤ 250 MB", "–", null)
            : new Goal("peak RSS ≤ 250 MB (highest of all ProgramBot runs)", string.Create(CultureInfo.InvariantCulture, $"{peaks.Max():F0} MB"), peaks.Max() <= MaxPeakRssMb));
        return goals;
    }

    private static IEnumerable<Goal> DigestGoals(DigestBuildResult? digest)
    {
        if (digest is null)
        {
            yield return new Goal("digest build ≤ 3 × the raw aggregate and ≤ 20 queries", "–", null);
            yield break;
        }

        var ratio = Spread.Of(digest.BuildMs.Zip(digest.FloorMs, (b, f) => b / f));
        yield return new Goal("digest build ≤ 3 × the raw aggregate", ratio.Format("F2") + " ×", ratio.Median <= 3);
        yield return digest.Queries is { } queries
            ? new Goal("digest build ≤ 20 SQL queries whatever the number of projects", queries.ToString(CultureInfo.InvariantCulture), queries <= 20)
            : new Goal("digest build ≤ 20 SQL queries whatever the number of projects", "not counted", null);
    }

    private static IEnumerable<Goal> FanOutGoals(FanOutResult? fanOut)
    {
        if (fanOut is null)
        {
            yield return new Goal("digest fan-out of 1,000 within 60 s of the slot, exactly once, at no more than the per-tenant rate", "–", null);
            yield break;
        }

        var last = fanOut.LastDeliverySeconds;
        yield return new Goal(
            string.Create(CultureInfo.InvariantCulture, $"fan-out of {fanOut.Subscriptions:N0} digests: last delivered within {MaxFanOutSeconds:F0} s of the slot"),
            last is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s:F1} s") : "–", last <= MaxFanOutSeconds);
        yield return new Goal(
            "fan-out exactly once: none doubled, none lost",
            string.Create(CultureInfo.InvariantCulture, $"{fanOut.Doubled} doubled, {fanOut.Lost} lost"), fanOut.Doubled == 0 && fanOut.Lost == 0);
        yield return new Goal(
            string.Create(CultureInfo.InvariantCulture, $"fan-out at most {TeamsTenantRate} sends a second per tenant and {TeamsConversationRate} per conversation"),
            string.Create(CultureInfo.InvariantCulture, $"{fanOut.MaxPerTenantInOneSecond} / {fanOut.MaxPerConversationInOneSecond}"),
            fanOut.MaxPerTenantInOneSecond <= TeamsTenantRate && fanOut.MaxPerConversationInOneSecond <= TeamsConversationRate);
        yield return new Goal(
            "a digest starts within 2 s of its slot (first send of the fan-out)",
            fanOut.FirstSendSeconds is { } first ? string.Create(CultureInfo.InvariantCulture, $"{first:F1} s") : "–", fanOut.FirstSendSeconds <= 2);
    }

    private static Goal RatioGoal(string text, BlockResult? block, double atLeast)
    {
        if (block is null)
        {
            return new Goal(text, "–", null);
        }

        var ratio = Spread.Of(block.Ratios(r => r.RequestsPerSecond));
        return new Goal(text, ratio.Format("F2") + " ×", ratio.Median >= atLeast);
    }

    private static Goal Check(string text, Spread spread, double atMost, string format, string unit) =>
        new(text, spread.Format(format) + unit, spread.Median <= atMost);
}
