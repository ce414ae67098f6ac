namespace ProgramBot.Dialogs.Prompts;

/// <summary>A person a <see cref="MemberPrompt"/> recognised.</summary>
/// <param name="Id">The channel's id for the person.</param>
/// <param name="Name">The display name, or the id when the channel gave none.</param>
public sealed record MentionedMember(string Id, string Name);
