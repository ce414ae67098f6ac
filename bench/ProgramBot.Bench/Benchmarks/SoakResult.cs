namespace ProgramBot.Bench.Benchmarks;

/// <summary>What a soak run did and what the database and the fake connector say happened.</summary>
internal sealed record SoakResult(
    TimeSpan Duration,
    int Conversations,
    SoakCounts Sent,
    int TasksStored,
    int TasksDoubled,
    int ApprovalsDecidedOnce,
    int DigestChannels,
    int DigestsExpected,
    int DigestsDelivered,
    int DigestChannelsOff,
    double ManagedMbBefore,
    double ManagedMbAfter,
    double RssMbBefore,
    double RssMbAfter);
