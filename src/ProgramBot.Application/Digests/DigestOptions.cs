using System.ComponentModel.DataAnnotations;

namespace ProgramBot.Application.Digests;

/// <summary>Settings of scheduled digests (section <c>Digests</c>).</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digests";

    /// <summary>A slot is claimed at most this often: the first claim and one more after a crash.</summary>
    public const int MaxClaims = 2;

    /// <summary>
    /// How long a claimed slot belongs to the process that claimed it. A claim older than this whose
    /// send never finished (the process died) is taken over once. It must outlast the longest send —
    /// the messenger's retries with back-off — or a slow send could be taken over and posted twice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);
}
