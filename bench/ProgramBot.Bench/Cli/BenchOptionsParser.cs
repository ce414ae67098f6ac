using System.Globalization;

namespace ProgramBot.Bench.Cli;

/// <summary>Reads the command line; an unreadable one yields an error message, never an exception.</summary>
internal static class BenchOptionsParser
{
    public const string Usage = """
        usage:
          all [--quick] [--out FILE.md]
          turns [--workload task-add|task-list|dialog|approval-click] [--concurrency N] [--seconds S] [--pairs P] [--quick] [--out FILE.md]
          startup [--starts N] [--out FILE.md]
          digest [--iterations N] [--out FILE.md]        (one program digest of the large program, and the floor)
          rollup [--iterations N] [--out FILE.md]        (program status and a slip at the head of a long chain)
          soak [--seconds S] [--quick] [--out FILE.md]   (mixed traffic and digests, then every count checked)
          fanout [--subscriptions N] [--out FILE.md]   (digests due in the same minute; waits for it)
          breakdown [--iterations N] [--out FILE.md]   (parts of a turn, in process)
          seed --db PATH                                (write the seeded database, to inspect it)
          seed-large --db PATH                          (write the large program's database)
          serve programbot --db PATH | serve echo      (internal: the child servers)
        """;

    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return (null, Usage);
        }

        var options = new BenchOptions();
        var rest = args.Skip(1).ToList();
        switch (args[0])
        {
            case "all":
                break;
            case "turns":
                options = options with { Mode = BenchMode.Turns };
                break;
            case "startup":
                options = options with { Mode = BenchMode.Startup };
                break;
            case "breakdown":
                options = options with { Mode = BenchMode.Breakdown };
                break;
            case "digest":
                options = options with { Mode = BenchMode.Digest };
                break;
            case "rollup":
                options = options with { Mode = BenchMode.Rollup };
                break;
            case "soak":
                options = options with { Mode = BenchMode.Soak };
                break;
            case "fanout":
                options = options with { Mode = BenchMode.FanOut };
                break;
            case "seed":
                options = options with { Mode = BenchMode.Seed };
                break;
            case "seed-large":
                options = options with { Mode = BenchMode.Seed, LargeSeed = true };
                break;
            case "serve" when rest.Count > 0 && rest[0] is "programbot" or "echo":
                options = options with { Mode = BenchMode.Serve, ServeKind = rest[0] };
                rest.RemoveAt(0);
                break;
            default:
                return (null, $"unknown mode '{args[0]}'\n{Usage}");
        }

        // --quick first, so explicit flags after it still win.
        if (rest.Remove("--quick"))
        {
            options = options.AsQuick();
        }

        return ReadFlags(options, rest);
    }

    private static (BenchOptions? Options, string? Error) ReadFlags(BenchOptions options, List<string> rest)
    {
        for (var i = 0; i < rest.Count; i++)
        {
            var flag = rest[i];
            if (i + 1 >= rest.Count)
            {
                return (null, $"{flag} needs a value\n{Usage}");
            }

            var value = rest[++i];
            int? number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
            options = flag switch
            {
                "--out" => options with { OutFile = value },
                "--workload" => options with { Workloads = [.. options.Workloads, value] },
                "--db" => options with { DatabasePath = value },
                "--concurrency" when number is { } c => options with { Concurrencies = [c] },
                "--seconds" when number is { } s => options with { RunLength = TimeSpan.FromSeconds(s), SoakLength = TimeSpan.FromSeconds(s) },
                "--pairs" when number is { } p => options with { Pairs = p },
                "--starts" when number is { } s => options with { Starts = s },
                "--subscriptions" when number is { } subs => options with { Subscriptions = subs },
                "--iterations" when number is { } calls => options with { Iterations = calls, DigestIterations = calls },
                _ => null!,
            };
            if (options is null)
            {
                return (null, $"can't read {flag} {value}\n{Usage}");
            }
        }

        return (options, null);
    }
}
