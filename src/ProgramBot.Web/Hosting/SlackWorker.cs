using Microsoft.Extensions.Options;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Web.Logging;

namespace ProgramBot.Web.Hosting;

/// <summary>
/// Works the Slack inbox, <see cref="SlackOptions.Workers"/> at a time: each worker takes requests
/// while there are any, then waits for the endpoints' signal or until the next one falls due. It starts
/// with the host, so requests a killed process left behind are worked once their lease has run out. A
/// failure to reach the inbox is logged and the loop goes on.
/// </summary>
public sealed class SlackWorker(SlackInbox inbox, SlackInboxRunner runner, IOptions<SlackOptions> options, ILogger<SlackWorker> logger) : BackgroundService
{
    /// <summary>How long a worker waits after the inbox could not be read, before it tries again.</summary>
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.IsConfigured
            ? Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => Task.Run(() => RunAsync(stoppingToken), stoppingToken)))
            : Task.CompletedTask;

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan wait;
                try
                {
                    while (await runner.RunNextAsync(stoppingToken))
                    {
                    }

                    wait = await runner.IdleWaitAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    WebLog.SlackInboxFailed(logger, exception);
                    wait = AfterFailure;
                }

                await inbox.WaitAsync(wait, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a request being worked was given back to the inbox; that is the end of the loop, not a failure.
        }
    }
}
