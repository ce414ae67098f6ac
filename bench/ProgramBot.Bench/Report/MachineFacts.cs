using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace ProgramBot.Bench.Report;

/// <summary>What the figures were taken on.</summary>
internal static class MachineFacts
{
    public static IReadOnlyList<string> Describe(TimeProvider clock)
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        return
        [
            string.Create(CultureInfo.InvariantCulture, $"date (UTC): {clock.GetUtcNow():yyyy-MM-dd HH:mm}"),
            string.Create(CultureInfo.InvariantCulture, $"cores: {Environment.ProcessorCount}"),
            $"OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})",
            $"runtime: {RuntimeInformation.FrameworkDescription} (Environment.Version {Environment.Version}), {(GCSettings.IsServerGC ? "server" : "workstation")} GC",
            "build: Release; servers log at Warning, auth off (no app id), loopback HTTP/1.1",
            $"load average at start: {load}",
        ];
    }
}
