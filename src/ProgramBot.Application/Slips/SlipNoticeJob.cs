using System.Globalization;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Slips;

/// <summary>
/// Sends the notices of one recorded slip (argument <c>workspaceId:changeId</c>), read back from the
/// database. Each conversation is claimed before it is told, so a retried or repeated job tells no
/// one twice.
/// </summary>
public sealed class SlipNoticeJob(SlipNotifier notifier) : IScheduledJob
{
    public const string JobKind = "slip-notice";

    public string Kind => JobKind;

    public static string ArgumentFor(long workspaceId, long changeId) =>
        string.Create(CultureInfo.InvariantCulture, $"{workspaceId}:{changeId}");

    public Task RunAsync(string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var parts = argument.Split(':');
        return notifier.NotifyAsync(long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture), cancellationToken);
    }
}
