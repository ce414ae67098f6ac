using System.Diagnostics.Metrics;
using ProgramBot.Infrastructure.Diagnostics;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>Counts the SQL commands the repositories run in this process, from ProgramBot's storage meter.</summary>
internal sealed class CommandCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _commands;

    public CommandCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == StorageMetrics.MeterName && instrument.Name == StorageMetrics.CommandsName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _commands, value));
        _listener.Start();
    }

    public long Count => Interlocked.Read(ref _commands);

    public void Dispose() => _listener.Dispose();
}
