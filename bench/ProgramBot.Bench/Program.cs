using System.Runtime.InteropServices;
using ProgramBot.Bench.Cli;

// Ctrl+C, SIGTERM or SIGHUP cancel the run; every child server is killed in a finally on the way out.
using var cancellation = new CancellationTokenSource();
void Cancel(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Cancel);
try
{
    return await BenchApp.RunAsync(args, cancellation.Token);
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("cancelled");
    return 130;
}
