using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ProgramBot.Bench.Workloads;

namespace ProgramBot.Bench.Load;

/// <summary>
/// N concurrent conversations, each a closed loop: post a turn, wait for its replies, post the
/// next. Bounded by time and by a request cap, so no loop runs away. <paramref name="check"/>
/// judges each response (the workload's own check for ProgramBot, the echo check for the baseline).
/// </summary>
internal sealed class LoadGenerator(HttpClient client, IWorkload workload, Func<TurnSlot, byte[], string?> check)
{
    /// <summary>Per conversation and run: far above what a 2-core machine serves in a run.</summary>
    private const int MaxRequestsPerLoop = 2_000_000;

    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly Uri Messages = new("/api/messages", UriKind.Relative);

    private long _activity;
    private long _sequence = -1;

    // Per conversation, kept across runs: a multi-turn workload carries on where warm-up stopped.
    private long[] _turns = [];

    public async Task<LoadResult> RunAsync(int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (_turns.Length < concurrency)
        {
            Array.Resize(ref _turns, concurrency);
        }

        var loops = new Task<LoopResult>[concurrency];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < concurrency; i++)
        {
            var conversation = i;
            loops[i] = Task.Run(() => LoopAsync(conversation, clock, duration, cancellationToken), cancellationToken);
        }

        var results = await Task.WhenAll(loops);
        var elapsed = clock.Elapsed;
        var latencies = results.SelectMany(r => r.Latencies).ToArray();
        Array.Sort(latencies);
        return new LoadResult(latencies, results.Sum(r => r.Errors), elapsed, results.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    private async Task<LoopResult> LoopAsync(int conversation, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        var result = new LoopResult();
        for (var n = 0; n < MaxRequestsPerLoop && clock.Elapsed < duration; n++)
        {
            var activityId = "bench-" + Interlocked.Increment(ref _activity).ToString(CultureInfo.InvariantCulture);
            var slot = new TurnSlot(conversation, _turns[conversation]++, Interlocked.Increment(ref _sequence), activityId);
            var body = workload.Request(slot);
            var started = Stopwatch.GetTimestamp();
            var error = await PostAsync(slot, body, cancellationToken);
            var ticks = Stopwatch.GetTimestamp() - started;
            if (error is null)
            {
                result.Latencies.Add(ticks);
            }
            else
            {
                result.Errors++;
                result.FirstError ??= error;
            }
        }

        return result;
    }

    /// <summary>Null when the turn succeeded; otherwise why it did not.</summary>
    private async Task<string?> PostAsync(TurnSlot slot, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        try
        {
            using var response = await client.PostAsync(Messages, content, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"HTTP {(int)response.StatusCode}";
            }

            return check(slot, bytes);
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return "timeout: " + ex.Message;
        }
    }

    private sealed class LoopResult
    {
        public List<long> Latencies { get; } = new(4096);

        public int Errors { get; set; }

        public string? FirstError { get; set; }
    }
}
