using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Risks;

/// <summary>An escalation's notice and the stakeholders' personal chats to send it to.</summary>
internal sealed record EscalationNoticeText(string Text, IReadOnlyList<ConversationAddress> Addresses);
