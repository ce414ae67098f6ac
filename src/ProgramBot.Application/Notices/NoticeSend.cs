using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Notices;

/// <summary>How one notice to one conversation went this time.</summary>
public enum NoticeSendStatus
{
    /// <summary>Claimed and sent now (see the delivery result for the channel's answer).</summary>
    Sent,

    /// <summary>An earlier run completed it: nothing was sent again.</summary>
    AlreadyDone,

    /// <summary>Another live run holds its claim, or it was given up after its claims: not sent now.</summary>
    Busy,
}

/// <summary>
/// The status of one notice, and whether it reached the conversation (now or earlier); <see cref="Result"/> is the
/// messenger's answer when it was sent now.
/// </summary>
public sealed record NoticeSend(NoticeSendStatus Status, bool Delivered, string? Outcome, DeliveryResult? Result = null);
