using System.Diagnostics.Metrics;

namespace ProgramBot.Infrastructure.Diagnostics;

/// <summary>
/// Storage counters on the meter <see cref="MeterName"/>: every SQL command the repositories run
/// (<c>programbot.db.commands</c>). Dashboards read it through OpenTelemetry or dotnet-counters;
/// the benchmark reads it to count the queries of one digest.
/// </summary>
public sealed class StorageMetrics : IDisposable
{
    public const string MeterName = "ProgramBot.Storage";
    public const string CommandsName = "programbot.db.commands";

    private readonly Meter? _ownMeter;
    private readonly Counter<long> _commands;

    /// <param name="meterFactory">The host's meter factory; without one (a bare service collection) the meter is this object's own.</param>
    public StorageMetrics(IMeterFactory? meterFactory)
    {
        Meter = meterFactory?.Create(MeterName) ?? (_ownMeter = new Meter(MeterName));
        _commands = Meter.CreateCounter<long>(CommandsName, unit: "{command}", description: "SQL commands run by the repositories");
    }

    /// <summary>This instance's meter: a listener tells it apart from another host's in the same process.</summary>
    internal Meter Meter { get; }

    public void Dispose() => _ownMeter?.Dispose();

    internal void CommandRun() => _commands.Add(1);
}
