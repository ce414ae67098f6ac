namespace ProgramBot.Bench.Benchmarks;

/// <summary>What one fan-out run found: timings from the slot, counts and the highest send rates seen.</summary>
internal sealed record FanOutResult(
    int Subscriptions,
    DateTimeOffset Slot,
    double SubscribeSeconds,
    double? FirstSendSeconds,
    double? LastDeliverySeconds,
    int Delivered,
    int Doubled,
    int Lost,
    int Throttled,
    int MaxPerTenantInOneSecond,
    int MaxPerConversationInOneSecond,
    double PeakRssMb);
