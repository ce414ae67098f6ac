using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Approvals;

/// <summary>
/// What a click on Approve or Reject led to. <see cref="Changed"/> is true only for the one
/// decision that was recorded; then every <see cref="Messages"/> copy is updated and, once the
/// request is settled, <see cref="Requester"/> is told. Otherwise <see cref="Refusal"/> says why
/// nothing changed (null for a harmless repeat of the same click).
/// </summary>
public sealed record ApprovalDecisionOutcome(
    ApprovalView? Approval, bool Changed, string? Refusal, IReadOnlyList<PostedMessage> Messages, RequesterNotice? Requester);

/// <summary>
/// Whom to tell the outcome, and the sentence: posted beside the first copy of the card, mentioning them.
/// A view, so that the background job can post it through the proactive messenger too.
/// </summary>
public sealed record RequesterNotice(string Name, string ChannelUserId, string Text) : View;
