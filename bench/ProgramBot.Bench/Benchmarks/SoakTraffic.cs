using System.Diagnostics;
using System.Text;
using ProgramBot.Bench.Workloads;

namespace ProgramBot.Bench.Benchmarks;

/// <summary>
/// The soak's mixed traffic, one closed loop per conversation: in every ten steps six task one-liners,
/// two task lists, one guided form run to the end (seven turns) and one approval clicked twice at
/// once by its approver. A form always runs to its end before the conversation does anything else.
/// </summary>
internal sealed class SoakTraffic(HttpClient client, SoakCounts counts, TimeProvider clock)
{
    private const int DialogTurns = 7;
    private static readonly Uri Messages = new("/api/messages", UriKind.Relative);

    private readonly TaskAddWorkload _add = new(clock);
    private readonly TaskListWorkload _list = new();
    private readonly GuidedDialogWorkload _dialog = new();
    private readonly ApprovalClickWorkload _click = new();
    private long _activity;
    private long _approval = -1;

    // Per conversation, kept across runs, so every title stays unique and the form's turns stay in step.
    private long[] _adds = [];
    private long[] _lists = [];
    private long[] _dialogTurns = [];

    public async Task RunAsync(int conversations, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (_adds.Length < conversations)
        {
            (_adds, _lists, _dialogTurns) = (new long[conversations], new long[conversations], new long[conversations]);
        }

        var clockTime = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(() => LoopAsync(c, clockTime, duration, cancellationToken), cancellationToken)));
    }

    private async Task LoopAsync(int conversation, Stopwatch elapsed, TimeSpan duration, CancellationToken cancellationToken)
    {
        for (var step = 0; elapsed.Elapsed < duration; step++)
        {
            switch (step % 10)
            {
                case 8:
                    for (var i = 0; i < DialogTurns; i++)
                    {
                        var slot = Slot(conversation, _dialogTurns[conversation]++, 0);
                        if (await SendAsync(_dialog, slot, cancellationToken) && i == DialogTurns - 1)
                        {
                            counts.TaskCreated();
                        }
                    }

                    break;
                case 9:
                    // One click decides (the decided card); the other is told it was already approved, or sees the card.
                    var approval = Slot(conversation, 0, Interlocked.Increment(ref _approval));
                    var both = await Task.WhenAll(PostAsync(_click.Request(approval), cancellationToken), PostAsync(_click.Request(approval with { ActivityId = approval.ActivityId + "-again" }), cancellationToken));
                    counts.Turn();
                    counts.Turn();
                    if (both.Any(r => _click.Check(approval, r) is null) && both.All(r => _click.Check(approval, r) is null || AlreadyApproved(r)))
                    {
                        counts.ApprovalClicked();
                    }
                    else
                    {
                        counts.Wrong("approval double click: " + string.Join(" | ", both.Select(r => Encoding.UTF8.GetString(r)[..Math.Min(r.Length, 300)])));
                    }

                    break;
                case 6 or 7:
                    await SendAsync(_list, Slot(conversation, _lists[conversation]++, 0), cancellationToken);
                    break;
                default:
                    if (await SendAsync(_add, Slot(conversation, _adds[conversation]++, 0), cancellationToken))
                    {
                        counts.TaskCreated();
                    }

                    break;
            }
        }
    }

    private TurnSlot Slot(int conversation, long turn, long sequence) =>
        new(conversation, turn, sequence, "soak-" + Interlocked.Increment(ref _activity).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static bool AlreadyApproved(byte[] response) =>
        Encoding.UTF8.GetString(response).Contains("is already approved by", StringComparison.Ordinal);

    private async Task<byte[]> PostAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync(Messages, content, cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsByteArrayAsync(cancellationToken) : Encoding.UTF8.GetBytes($"HTTP {(int)response.StatusCode}");
    }

    private async Task<bool> SendAsync(IWorkload workload, TurnSlot slot, CancellationToken cancellationToken)
    {
        counts.Turn();
        var error = workload.Check(slot, await PostAsync(workload.Request(slot), cancellationToken));
        if (error is not null)
        {
            counts.Wrong($"{workload.Name}: {error}");
        }

        return error is null;
    }
}
