using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ProgramBot.Bot.Channels.Slack;

/// <summary>
/// Slack's request signing: <c>X-Slack-Signature</c> is <c>v0=</c> and the hex HMAC-SHA256, keyed
/// with the signing secret, of <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>. The signature is
/// compared in fixed time, and a timestamp further than the allowed skew from now (either way) is
/// refused, so a captured request cannot be replayed later.
/// </summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    private const string Version = "v0";

    /// <summary>Null when the request is authentic and fresh; otherwise why it is refused (never the body).</summary>
    public static string? Check(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan maxSkew)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return "missing signature or timestamp header";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return "unreadable timestamp";
        }

        var sent = DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((now - sent).Duration() > maxSkew)
        {
            return sent < now ? "stale timestamp" : "timestamp in the future";
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? null : "signature mismatch";
    }

    /// <summary>The signature Slack would send for this timestamp and body.</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(timestamp);
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return Version + "=" + Convert.ToHexStringLower(hash);
    }
}
