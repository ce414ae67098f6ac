using ProgramBot.Domain.Workspaces;

namespace ProgramBot.Application.Conversations;

/// <summary>Who is asking, where, and what day it is for them.</summary>
public sealed record CommandContext(
    Workspace Workspace,
    Member Sender,
    string ConversationId,
    string? ActivityKey,
    TimeZoneInfo TimeZone,
    DateOnly Today,
    DateTimeOffset Now,
    IReadOnlyList<MentionedUser> Mentions)
{
    public long WorkspaceId => Workspace.Id;
}
