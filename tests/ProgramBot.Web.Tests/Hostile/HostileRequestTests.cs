using System.Net;
using System.Text;
using ProgramBot.TestKit.Builders;

namespace ProgramBot.Web.Tests.Hostile;

/// <summary>
/// Requests that are not activities a turn can run on get a 4xx with the reason before the adapter
/// sees them — never a 500 — and leave every table as it was.
/// </summary>
public sealed class HostileRequestTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private const string Valid = """{"type":"message","text":"help","channelId":"msteams","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"c1","tenantId":"t-hostile"},"from":{"id":"29:u1","name":"U"},"channelData":{"tenant":{"id":"t-hostile"}}}""";

    public static TheoryData<string, string, int, string> Requests => new()
    {
        { "malformed JSON", """{"type":"message",""", 400, "not valid JSON" },
        { "not JSON at all", "hello bot", 400, "not valid JSON" },
        { "empty body", string.Empty, 400, "not valid JSON" },
        { "a JSON array", "[1,2,3]", 400, "not an activity" },
        { "a JSON string", "\"message\"", 400, "not an activity" },
        { "no type", Valid.Replace("\"type\":\"message\",", string.Empty, StringComparison.Ordinal), 400, "no known type" },
        { "unknown type", Valid.Replace("\"type\":\"message\"", "\"type\":\"dropTables\"", StringComparison.Ordinal), 400, "no known type" },
        { "type of the wrong kind", Valid.Replace("\"type\":\"message\"", "\"type\":5", StringComparison.Ordinal), 400, "no known type" },
        { "no conversation", Valid.Replace("\"conversation\":{\"id\":\"c1\",\"tenantId\":\"t-hostile\"},", string.Empty, StringComparison.Ordinal), 400, "conversation.id" },
        { "blank conversation id", Valid.Replace("\"id\":\"c1\"", "\"id\":\"  \"", StringComparison.Ordinal), 400, "conversation.id" },
        { "conversation as a string", Valid.Replace("\"conversation\":{\"id\":\"c1\",\"tenantId\":\"t-hostile\"}", "\"conversation\":\"c1\"", StringComparison.Ordinal), 400, "conversation.id" },
        { "no from", Valid.Replace(",\"from\":{\"id\":\"29:u1\",\"name\":\"U\"}", string.Empty, StringComparison.Ordinal), 400, "from.id" },
        { "no serviceUrl", Valid.Replace("\"serviceUrl\":\"http://127.0.0.1:1/\",", string.Empty, StringComparison.Ordinal), 400, "serviceUrl" },
        { "relative serviceUrl", Valid.Replace("http://127.0.0.1:1/", "/v3/", StringComparison.Ordinal), 400, "serviceUrl" },
        { "file serviceUrl", Valid.Replace("http://127.0.0.1:1/", "file:///etc/passwd", StringComparison.Ordinal), 400, "serviceUrl" },
        { "truncated activity", Valid[..(Valid.Length / 2)], 400, "not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Post_NotARunnableActivity_Is400WithReason_AndChangesNothing(string what, string body, int status, string reason)
    {
        var before = await SeedAndDumpAsync();

        using var response = await PostAsync(body, "application/json");

        Assert.True(status == (int)response.StatusCode, what);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseDump.ReadAsync(fixture.Database.FilePath));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Post_NotJsonContentType_Is415_AndChangesNothing(string? contentType)
    {
        var before = await SeedAndDumpAsync();

        using var response = await PostAsync(Valid, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, await DatabaseDump.ReadAsync(fixture.Database.FilePath));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_BodyOverTheLimit_Is413_AndChangesNothing(bool chunked)
    {
        var before = await SeedAndDumpAsync();
        var body = Valid.Replace("\"help\"", "\"" + new string('a', 300 * 1024) + "\"", StringComparison.Ordinal);

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        if (chunked)
        {
            content.Headers.ContentLength = null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        using var response = await fixture.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await DatabaseDump.ReadAsync(fixture.Database.FilePath));
    }

    [Fact]
    public async Task Post_ValidActivityWithCharset_IsAccepted()
    {
        var before = await SeedAndDumpAsync();

        using var response = await PostAsync(Valid.Replace("\"type\":\"message\"", "\"type\":\"message\",\"deliveryMode\":\"expectReplies\"", StringComparison.Ordinal), "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("task add", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(before, await DatabaseDump.ReadAsync(fixture.Database.FilePath));
    }

    private async Task<string> SeedAndDumpAsync()
    {
        await fixture.Host.AskAsync(ActivityBuilder.Message("project new HOS Hostile").InTenant("t-seed").From("29:seed", "Seed").Build());
        return await DatabaseDump.ReadAsync(fixture.Database.FilePath);
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return await fixture.Host.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }
}
