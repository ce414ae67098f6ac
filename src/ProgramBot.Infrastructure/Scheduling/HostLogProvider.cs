using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace ProgramBot.Infrastructure.Scheduling;

/// <summary>
/// Hangfire's logging through the host's logger factory, as Hangfire.NetCore sets it up, except that
/// Hangfire keeps one log provider for the whole process: when several hosts share a process (the
/// tests, two instances in one run) and the host that set it last has stopped, its disposed factory
/// would make every other host's Hangfire fail to create a logger. Those hosts then log nothing from
/// Hangfire instead of failing; a process with one host, as in production, never meets this.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return _inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return new SilentLog();
        }
    }

    private sealed class SilentLog : ILog
    {
        // Answering false for a null message is Hangfire's "is this level enabled?" question: no.
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
