using System.Globalization;
using System.Net;
using ProgramBot.Bench.Servers;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>
/// Start-up on an existing database of the large program: process start to the first 200 from /readyz, then
/// the idle RSS a second later. The echo server starts in alternation, as the baseline.
/// </summary>
internal sealed class StartupBenchmark(string databasePath, TextWriter progress)
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);

    public async Task<StartupResult> RunAsync(int starts, CancellationToken cancellationToken)
    {
        // One database for every start: it already exists and is migrated, as after a deploy.
        var database = databasePath;
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(2) };
        List<double> botMs = [], botRss = [], echoMs = [], echoRss = [];
        for (var i = 1; i <= starts; i++)
        {
            var (eMs, eRss) = await StartOnceAsync(client, ["echo"], cancellationToken);
            echoMs.Add(eMs);
            echoRss.Add(eRss);
            var (bMs, bRss) = await StartOnceAsync(client, ["programbot", "--db", database], cancellationToken);
            botMs.Add(bMs);
            botRss.Add(bRss);
            await progress.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"  start {i}/{starts}: echo {eMs:F0} ms, programbot {bMs:F0} ms, idle RSS {bRss:F0} MB"));
        }

        return new StartupResult(botMs, botRss, echoMs, echoRss);
    }

    private static async Task<(double Ms, double IdleRssMb)> StartOnceAsync(HttpClient client, string[] serveArgs, CancellationToken cancellationToken)
    {
        using var server = await ServerProcess.StartAsync(serveArgs, cancellationToken);
        var readyz = new Uri(server.BaseAddress, "/readyz");
        while (server.SinceStart.Elapsed < ReadyTimeout)
        {
            try
            {
                using var response = await client.GetAsync(readyz, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var ms = server.SinceStart.Elapsed.TotalMilliseconds;
                    await Task.Delay(IdleWait, cancellationToken);
                    return (ms, ProcStats.ResidentBytes(server.Id) / (1024.0 * 1024.0));
                }
            }
            catch (HttpRequestException)
            {
                // Not answering yet: poll again.
            }

            await Task.Delay(10, cancellationToken);
        }

        throw new TimeoutException($"/readyz did not answer 200 within {ReadyTimeout.TotalSeconds} s.");
    }
}
