namespace ProgramBot.Domain.Digests;

/// <summary>
/// A conversation's standing order for a digest: where to post, what it covers, when, and what the
/// last one showed (so the next can say what changed). <see cref="FailingReason"/> is set when
/// delivery was refused for good (the bot was removed, the conversation is gone). A program's digest with
/// <see cref="ToStakeholders"/> also goes to each of the program's stakeholders in their personal chat.
/// </summary>
public sealed record DigestSubscription(
    long WorkspaceId,
    int Number,
    string ConversationId,
    DigestScope Scope,
    ScheduleSpec Schedule,
    long CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSlot,
    string? LastSnapshot,
    string? FailingReason,
    bool ToStakeholders = false)
{
    public string Id => "D-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
