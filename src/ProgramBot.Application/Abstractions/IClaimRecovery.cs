namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Finds work a stopped process left claimed and unfinished, and sends it on again. The host runs every
/// recovery at start-up, then again when the next open claim's lease runs out, and every few minutes.
/// </summary>
public interface IClaimRecovery
{
    /// <summary>Recovers what is due and returns when the next open claim's lease runs out, or null when none is open.</summary>
    Task<DateTimeOffset?> RecoverAsync(CancellationToken cancellationToken);
}
