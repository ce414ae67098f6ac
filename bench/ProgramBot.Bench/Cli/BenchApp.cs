using ProgramBot.Bench.Benchmarks;
using ProgramBot.Bench.Report;
using ProgramBot.Bench.Seeding;
using ProgramBot.Bench.Servers;
using ProgramBot.Bench.Workloads;

namespace ProgramBot.Bench.Cli;

/// <summary>Runs the mode the command line asks for. Progress goes to stderr, the report to stdout.</summary>
internal static class BenchApp
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var (options, error) = BenchOptionsParser.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        if (options.Mode == BenchMode.Serve)
        {
            return options.ServeKind == "echo" ? await EchoServer.RunAsync(cancellationToken)
                : options.DatabasePath is { } db ? await ProgramBotServer.RunAsync(db, cancellationToken)
                : await UsageAsync("serve programbot needs --db PATH");
        }

        var clock = TimeProvider.System;
        var workloads = WorkloadCatalog.Select(options.Workloads, clock);
        if (workloads is null)
        {
            return await UsageAsync("unknown workload: " + string.Join(", ", options.Workloads));
        }

        var progress = Console.Error;
        var machine = MachineFacts.Describe(clock);
        await progress.WriteLineAsync("seeding the template database …");
        using var template = await DatabaseTemplate.CreateAsync(clock, cancellationToken);

        IReadOnlyList<BlockResult> blocks = [];
        if (options.Mode is BenchMode.All or BenchMode.Turns)
        {
            await progress.WriteLineAsync("turns …");
            blocks = await new TurnBenchmark(options, template, progress).RunAsync(workloads, cancellationToken);
        }

        StartupResult? startup = null;
        if (options.Mode is BenchMode.All or BenchMode.Startup)
        {
            await progress.WriteLineAsync("start-up …");
            startup = await new StartupBenchmark(template, progress).RunAsync(options.Starts, cancellationToken);
        }

        var markdown = MarkdownReport.Render(new BenchReport(options, machine, template.SeedTime, workloads, blocks, startup));
        await Console.Out.WriteAsync(markdown);
        if (options.OutFile is { } file)
        {
            await File.WriteAllTextAsync(file, markdown, cancellationToken);
        }

        return 0;
    }

    private static async Task<int> UsageAsync(string message)
    {
        await Console.Error.WriteLineAsync(message + "\n" + BenchOptionsParser.Usage);
        return 2;
    }
}
