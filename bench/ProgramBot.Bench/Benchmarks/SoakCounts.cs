namespace ProgramBot.Bench.Benchmarks;

/// <summary>The client's side of a soak run: what it sent and what it was told.</summary>
internal sealed class SoakCounts
{
    private long _turns;
    private long _created;
    private long _approvals;
    private long _unexpected;

    public long Turns => Interlocked.Read(ref _turns);

    /// <summary>Tasks the bot said it created (one-liners and finished forms).</summary>
    public long Created => Interlocked.Read(ref _created);

    /// <summary>Approvals clicked twice at once by their approver.</summary>
    public long Approvals => Interlocked.Read(ref _approvals);

    public long Unexpected => Interlocked.Read(ref _unexpected);

    public string? FirstUnexpected { get; private set; }

    public void Turn() => Interlocked.Increment(ref _turns);

    public void TaskCreated() => Interlocked.Increment(ref _created);

    public void ApprovalClicked() => Interlocked.Increment(ref _approvals);

    public void Wrong(string what)
    {
        Interlocked.Increment(ref _unexpected);
        FirstUnexpected ??= what;
    }
}
