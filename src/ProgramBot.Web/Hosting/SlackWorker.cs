using Microsoft.Extensions.Options;
using ProgramBot.Bot.Channels.Slack;
using ProgramBot.Web.Logging;

namespace ProgramBot.Web.Hosting;

/// <summary>
/// Works the Slack requests the endpoints acknowledged, <see cref="SlackOptions.Workers"/> at a time. A
/// request that fails is logged and dropped; the loop goes on.
/// </summary>
public sealed class SlackWorker(SlackInbox inbox, SlackInboundProcessor processor, IOptions<SlackOptions> options, ILogger<SlackWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var inbound in inbox.ReadAllAsync(stoppingToken))
            {
                await ProcessAsync(inbound, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the queue's reader gives up its wait; that is the end of the loop, not a failure.
        }
    }

    private async Task ProcessAsync(SlackInbound inbound, CancellationToken stoppingToken)
    {
        try
        {
            await processor.ProcessAsync(inbound, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            WebLog.SlackWorkFailed(logger, exception, inbound.Kind.ToString(), inbound.Team);
        }
        finally
        {
            inbox.Finished();
        }
    }
}
