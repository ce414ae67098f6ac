using System.ComponentModel.DataAnnotations;

namespace ProgramBot.Bot.Proactive;

/// <summary>Retry policy for messages the bot starts itself (section <c>Proactive</c>).</summary>
public sealed class ProactiveOptions
{
    public const string SectionName = "Proactive";

    /// <summary>Attempts in all, the first included.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The first back-off; it doubles each retry, with up to 50 % jitter, unless the channel sends Retry-After.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Teams allows about 7 messages a second to one conversation.</summary>
    [Range(0.1, 100)]
    public double PerConversationPerSecond { get; set; } = 7;

    /// <summary>Teams allows about 30 messages a second to one tenant (for the bot).</summary>
    [Range(0.1, 1000)]
    public double PerTenantPerSecond { get; set; } = 30;

    /// <summary>No single wait is longer, whatever Retry-After says.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
}
