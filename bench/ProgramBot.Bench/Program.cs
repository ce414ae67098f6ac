using ProgramBot.Bench.Cli;

// Ctrl+C cancels the run; every child server is killed in a finally on the way out.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await BenchApp.RunAsync(args, cancellation.Token);
