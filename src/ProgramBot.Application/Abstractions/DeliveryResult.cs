namespace ProgramBot.Application.Abstractions;

public enum DeliveryOutcome
{
    /// <summary>The channel accepted the message.</summary>
    Delivered,

    /// <summary>Refused for good (403 removed or blocked, 404 gone): do not retry, mark the subscription failing.</summary>
    Refused,

    /// <summary>Still failing after the retries (429, 412, 502, 504, timeouts): try again at the next slot.</summary>
    Failed,
}

/// <summary>How a proactive send ended, how many attempts it took, and why when it did not get through.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, int Attempts, string? Reason, string? ActivityId = null);
