using System.ComponentModel.DataAnnotations;

namespace ProgramBot.Application.Conversations;

/// <summary>Defaults for new workspaces (section <c>Workspace</c>).</summary>
public sealed class WorkspaceOptions
{
    public const string SectionName = "Workspace";

    /// <summary>IANA zone used when a user's client reports none.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";
}
