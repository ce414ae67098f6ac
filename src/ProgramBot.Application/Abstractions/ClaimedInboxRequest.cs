namespace ProgramBot.Application.Abstractions;

/// <summary>
/// A request a worker claimed: its row id, the request, how many times it has been claimed (this claim
/// included) and the claim's own token, which only this claim's release matches.
/// </summary>
public sealed record ClaimedInboxRequest(long Id, InboxRequest Request, int Attempts, string Claim);
