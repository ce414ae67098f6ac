using Microsoft.Extensions.Logging.Abstractions;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Scheduling;

namespace ProgramBot.Infrastructure.Tests.Scheduling;

public sealed class ScheduledJobRunnerTests
{
    [Fact]
    public async Task RunAsync_RunsJobOfMatchingKind_WithItsArgument()
    {
        var digest = new RecordingJob("digest");
        var runner = new ScheduledJobRunner([new RecordingJob("reminder"), digest], NullLogger<ScheduledJobRunner>.Instance);

        await runner.RunAsync("digest", "42", CancellationToken.None);

        Assert.Equal(["42"], digest.Arguments);
    }

    [Fact]
    public async Task RunAsync_Throws_WhenNoJobHasTheKind()
    {
        var runner = new ScheduledJobRunner([new RecordingJob("reminder")], NullLogger<ScheduledJobRunner>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => runner.RunAsync("digest", "42", CancellationToken.None));
    }

    private sealed class RecordingJob(string kind) : IScheduledJob
    {
        public string Kind { get; } = kind;

        public List<string> Arguments { get; } = [];

        public Task RunAsync(string argument, CancellationToken cancellationToken)
        {
            Arguments.Add(argument);
            return Task.CompletedTask;
        }
    }
}
