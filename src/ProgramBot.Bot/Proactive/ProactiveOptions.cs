using System.ComponentModel.DataAnnotations;

namespace ProgramBot.Bot.Proactive;

/// <summary>Pace of messages the bot starts itself (section <c>Proactive</c>); their retries and timeouts are <c>Outbound</c>'s.</summary>
public sealed class ProactiveOptions
{
    public const string SectionName = "Proactive";

    /// <summary>Teams allows about 7 messages a second to one conversation.</summary>
    [Range(0.1, 100)]
    public double PerConversationPerSecond { get; set; } = 7;

    /// <summary>
    /// Teams allows about 30 messages a second to one tenant (for the bot). The pacer spaces the moments sends
    /// start; they reach Teams with a few milliseconds of jitter (each digest's claim and completion are database
    /// writes beside it), so the default keeps two below the limit: the benchmark saw 31 arrive within one second
    /// when the pace was 30.
    /// </summary>
    [Range(0.1, 1000)]
    public double PerTenantPerSecond { get; set; } = 28;
}
