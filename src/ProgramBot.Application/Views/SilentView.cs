namespace ProgramBot.Application.Views;

/// <summary>Nothing to say: for example an activity delivered twice, already answered the first time.</summary>
public sealed record SilentView : View
{
    public static SilentView Instance { get; } = new();
}
