using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using ProgramBot.Bot.Channels.Slack;

namespace ProgramBot.Web.Tests.Slack;

/// <summary>Requests shaped and signed the way Slack sends them, for the in-process host and for a child process alike.</summary>
public static class SlackRequests
{
    /// <summary>The form of <c>/pm text</c> typed by <paramref name="userId"/> in <paramref name="channel"/>; its response URL is <paramref name="responseUrl"/>.</summary>
    public static string CommandForm(string team, string channel, string userId, string text, Uri responseUrl)
    {
        var n = Guid.NewGuid().ToString("N")[..12];
        return Form(new Dictionary<string, string>
        {
            ["token"] = "legacy", ["team_id"] = team, ["team_domain"] = "acme", ["channel_id"] = channel, ["channel_name"] = "general",
            ["user_id"] = userId, ["user_name"] = userId.ToLowerInvariant(), ["command"] = "/pm", ["text"] = text,
            ["api_app_id"] = "A0001", ["response_url"] = responseUrl.ToString(), ["trigger_id"] = $"trigger-{n}",
        });
    }

    public static string Form(Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
    }

    /// <summary>A POST of <paramref name="body"/> signed with the test secret at <paramref name="now"/>, marked as Slack's retry when <paramref name="retry"/> is set.</summary>
    public static HttpRequestMessage SignedPost(string path, string body, string contentType, DateTimeOffset now, int? retry = null)
    {
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, SlackSignature.Compute(SlackHostFixture.Secret, timestamp, Encoding.UTF8.GetBytes(body)));
        if (retry is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.Value.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }
}
