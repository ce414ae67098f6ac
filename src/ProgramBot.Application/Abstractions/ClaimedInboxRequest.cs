namespace ProgramBot.Application.Abstractions;

/// <summary>
/// A request a worker claimed: its row id, the request, the attempts it has used (this claim included; a run
/// given back because its host was stopping uses none), the claim's own token, which only this claim's
/// complete or release matches, and which run this is (every claim, stopped ones included: more than 1 means
/// an earlier run may already have made its change).
/// </summary>
public sealed record ClaimedInboxRequest(long Id, InboxRequest Request, int Attempts, string Claim, int Run);
