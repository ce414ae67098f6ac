namespace ProgramBot.Application.Conversations;

/// <summary>
/// A person mentioned in a message, as the channel describes them: the text that stands in the
/// message for the mention (Teams: the name between &lt;at&gt; tags), their channel user id and name.
/// </summary>
public sealed record MentionedUser(string Text, string ChannelUserId, string Name);
