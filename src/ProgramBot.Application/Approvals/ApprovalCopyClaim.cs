using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Approvals;

/// <summary>
/// The claim on one copy's update, held until <paramref name="Until"/> (which also names the claim); <paramref name="Failures"/> is
/// how many of the copy's updates failed in a row before it.
/// </summary>
public sealed record ApprovalCopyClaim(PostedMessage Message, int Failures, DateTimeOffset Until);
