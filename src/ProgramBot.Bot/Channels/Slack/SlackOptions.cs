using System.ComponentModel.DataAnnotations;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// The Slack app (section <c>Slack</c>). Without a signing secret the Slack endpoints refuse every
/// request; secrets come from the environment or user secrets, never from the repository.
/// </summary>
public sealed class SlackOptions : IValidatableObject
{
    public const string SectionName = "Slack";

    /// <summary>The app's signing secret (Basic Information → App Credentials).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The Slack Web API; tests and local trials point it at a fake.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Requests whose timestamp is further than this from now are refused as replays.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Installed workspaces by team id, each with its bot token.</summary>
    public Dictionary<string, SlackWorkspaceOptions> Workspaces { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Requests pending in the inbox (every instance's, not yet done); beyond it Slack is asked to try an
    /// event again (503) and the person who typed a command is told the bot is busy.
    /// </summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>Requests worked on at once, in each instance.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 4;

    /// <summary>
    /// How long a worker holds a request it claimed: a turn still running at its end is cancelled, and a
    /// request whose worker died is taken over after it. Longer than a turn takes (each <c>users.info</c>
    /// look-up is bounded by <c>Outbound:TotalTimeout</c>, the replies by <c>Outbound:TurnReplyTimeout</c>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan InboxLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Times a request is run at most (a failure or a dead worker each count one); then it is given up and logged.</summary>
    [Range(1, 10)]
    public int InboxMaxAttempts { get; set; } = 3;

    /// <summary>How long a request whose run failed waits before it is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan InboxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long done requests are kept, so that a late retry of the same event is still recognised.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00")]
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Slack allows about one message a second to one channel.</summary>
    [Range(0.1, 100)]
    public double PerChannelPerSecond { get; set; } = 1;

    /// <summary>Spacing across one workspace for the bot's own messages.</summary>
    [Range(0.1, 1000)]
    public double PerWorkspacePerSecond { get; set; } = 20;

    public bool IsConfigured => !string.IsNullOrEmpty(SigningSecret);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!ApiBaseUrl.IsAbsoluteUri || ApiBaseUrl.Scheme is not ("http" or "https") || !ApiBaseUrl.AbsolutePath.EndsWith('/'))
        {
            yield return new ValidationResult("Slack:ApiBaseUrl must be an absolute http(s) URL ending in '/'.", [nameof(ApiBaseUrl)]);
        }

        if (Workspaces.Count > 0 && !IsConfigured)
        {
            yield return new ValidationResult("Slack:SigningSecret is required when Slack workspaces are configured.", [nameof(SigningSecret)]);
        }

        foreach (var (team, workspace) in Workspaces)
        {
            if (string.IsNullOrWhiteSpace(workspace.BotToken))
            {
                yield return new ValidationResult($"Slack:Workspaces:{team}:BotToken is required.", [nameof(Workspaces)]);
            }
        }
    }

    /// <summary>The workspace installed for <paramref name="teamId"/>, or null when this team is not set up.</summary>
    public SlackWorkspaceOptions? Workspace(string? teamId) =>
        teamId is not null && Workspaces.TryGetValue(teamId, out var workspace) && !string.IsNullOrWhiteSpace(workspace.BotToken) ? workspace : null;
}
