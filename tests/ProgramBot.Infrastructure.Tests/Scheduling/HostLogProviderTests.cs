using Microsoft.Extensions.Logging;
using ProgramBot.Infrastructure.Scheduling;

namespace ProgramBot.Infrastructure.Tests.Scheduling;

public sealed class HostLogProviderTests
{
    [Fact]
    public void GetLogger_ReturnsASilentLog_WhenTheHostsLoggerFactoryWasDisposed()
    {
        var loggers = LoggerFactory.Create(_ => { });
        var provider = new HostLogProvider(loggers);
        loggers.Dispose();

        var log = provider.GetLogger("Hangfire.Server");

        Assert.False(log.Log(Hangfire.Logging.LogLevel.Error, () => "lost", null));
    }

    [Fact]
    public void GetLogger_LogsThroughTheHostsFactory_WhileItLives()
    {
        using var loggers = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Information).AddProvider(new CountingProvider()));
        var provider = new HostLogProvider(loggers);

        var log = provider.GetLogger("Hangfire.Server");

        Assert.True(log.Log(Hangfire.Logging.LogLevel.Info, null, null));
    }

    private sealed class CountingProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Counting();

        public void Dispose()
        {
        }

        private sealed class Counting : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
            }
        }
    }
}
