using System.Globalization;
using System.Text;
using ProgramBot.Bench.Load;

namespace ProgramBot.Bench.Workloads;

/// <summary>
/// Approve clicks on pending approvals: click n (across all conversations) approves seeded request
/// A-(n+1) as its one approver, so every click decides a fresh request: the approver check, one
/// conditional update, the audit row and the decided card in the invoke response.
/// </summary>
internal sealed class ApprovalClickWorkload : IWorkload
{
    public string Name => "approval-click";

    public string Description =>
        "`adaptiveCard/action` invoke `approval.approve` on a pending request by its approver: a decision written and audited, the decided card returned (the seeded requests have no posted copies to update)";

    public byte[] Request(TurnSlot slot) =>
        ActivityJson.CardAction(slot.Conversation, slot.ActivityId, BenchData.Approver(slot.Sequence), "approval.approve", ApprovalId(slot.Sequence));

    public string? Check(TurnSlot slot, ReadOnlySpan<byte> response)
    {
        // Each click decides a request nobody else clicks, so an approved card is this click's doing.
        var text = Encoding.UTF8.GetString(response);
        return slot.Sequence >= BenchData.ApprovalCount ? "ran out of seeded approvals"
            : text.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal) && text.Contains("Status: approved", StringComparison.Ordinal) ? null
            : "unexpected response: " + text[..Math.Min(text.Length, 200)];
    }

    private static string ApprovalId(long sequence) => "A-" + (sequence + 1).ToString(CultureInfo.InvariantCulture);
}
