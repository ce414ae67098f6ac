using ProgramBot.Application.Abstractions;

namespace ProgramBot.Web.Tests.Scheduling;

/// <summary>A job that completes <see cref="FirstRun"/> with the argument of its first run.</summary>
public sealed class RecordingScheduledJob(string kind) : IScheduledJob
{
    private readonly TaskCompletionSource<string> _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Kind { get; } = kind;

    public Task<string> FirstRun => _firstRun.Task;

    public Task RunAsync(string argument, CancellationToken cancellationToken)
    {
        _firstRun.TrySetResult(argument);
        return Task.CompletedTask;
    }
}
