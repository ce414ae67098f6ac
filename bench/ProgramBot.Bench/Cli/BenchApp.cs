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

        if (options.Mode == BenchMode.Seed)
        {
            return options.DatabasePath is { } seedPath ? await SeedAsync(seedPath, options.LargeSeed, clock, cancellationToken) : await UsageAsync("seed needs --db PATH");
        }

        var progress = Console.Error;
        var machine = MachineFacts.Describe(clock);
        await progress.WriteLineAsync("seeding the template database …");
        using var template = await DatabaseTemplate.CreateAsync(clock, cancellationToken);

        if (options.Mode == BenchMode.Breakdown)
        {
            await progress.WriteLineAsync("breakdown …");
            var steps = await new BreakdownBenchmark(template, progress).RunAsync(options.Iterations, cancellationToken);
            return await WriteAsync(BreakdownReport.Render(machine, steps, options.Iterations), options.OutFile, cancellationToken);
        }

        var report = await new BenchRunner(options, clock, template, progress).RunAsync(workloads, machine, cancellationToken);
        var markdown = MarkdownReport.Render(report);
        return await WriteAsync(markdown, options.OutFile, cancellationToken);
    }

    private static async Task<int> WriteAsync(string markdown, string? outFile, CancellationToken cancellationToken)
    {
        await Console.Out.WriteAsync(markdown);
        if (outFile is not null)
        {
            if (Path.GetDirectoryName(Path.GetFullPath(outFile)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await File.WriteAllTextAsync(outFile, markdown, cancellationToken);
        }

        return 0;
    }

    private static async Task<int> SeedAsync(string path, bool large, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (large)
        {
            await Console.Out.WriteLineAsync("chain head " + await LargeProgramDatabase.SeedAsync(Path.GetFullPath(path), clock, cancellationToken));
        }
        else
        {
            await Seeder.SeedAsync(Path.GetFullPath(path), clock, cancellationToken);
        }

        await Console.Out.WriteLineAsync("seeded " + Path.GetFullPath(path));
        return 0;
    }

    private static async Task<int> UsageAsync(string message)
    {
        await Console.Error.WriteLineAsync(message + "\n" + BenchOptionsParser.Usage);
        return 2;
    }
}
