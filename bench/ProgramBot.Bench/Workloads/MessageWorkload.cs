using ProgramBot.Bench.Load;

namespace ProgramBot.Bench.Workloads;

/// <summary>A workload of chat messages: a text per turn, a check of the first reply's text.</summary>
internal abstract class MessageWorkload : IWorkload
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    public byte[] Request(TurnSlot slot) => ActivityJson.Message(slot.Conversation, slot.ActivityId, TextFor(slot.Conversation, slot.Turn));

    public string? Check(TurnSlot slot, ReadOnlySpan<byte> response)
    {
        var reply = ActivityJson.FirstReplyText(response);
        return reply is null ? "no reply activity"
            : IsExpectedReply(slot.Turn, reply) ? null
            : "unexpected reply: " + reply[..Math.Min(reply.Length, 200)];
    }

    /// <summary>The text of one turn of one conversation.</summary>
    protected abstract string TextFor(int conversation, long turn);

    /// <summary>Whether ProgramBot's reply to that turn is the expected one (not an error or an apology).</summary>
    protected abstract bool IsExpectedReply(long turn, string reply);
}
