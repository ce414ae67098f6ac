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

    /// <summary>Requests waiting for a worker; beyond it Slack is asked to try again (503).</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>Requests worked on at once.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 4;

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
