namespace ProgramBot.Cli;

internal static class Program
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(20);

    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The first Ctrl+C cancels politely; a second one ends the process.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        };

        using var http = new HttpClient { Timeout = RequestTimeout };
        var host = new CliHost(
            Console.In,
            Console.Out,
            Console.Error,
            http,
            TimeProvider.System,
            Environment.GetEnvironmentVariable("USER") ?? Environment.GetEnvironmentVariable("USERNAME"),
            LocalTimeZone.IanaId());
        return await CliApp.RunAsync(args, host, cancellation.Token);
    }
}
