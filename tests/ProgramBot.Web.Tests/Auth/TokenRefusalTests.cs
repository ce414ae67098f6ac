using System.Net;
using System.Text;
using ProgramBot.TestKit.Builders;

namespace ProgramBot.Web.Tests.Auth;

/// <summary>
/// With an app id configured, every credential the SDK refuses is a 401 with a reason and a log
/// line, never a 500, and the refused activity changes nothing.
/// </summary>
public sealed class TokenRefusalTests(TokenRefusalFixture fixture) : IClassFixture<TokenRefusalFixture>
{
    public static TheoryData<string, string> RefusedCredentials => new()
    {
        { "no header", "no Authorization header" },
        { "basic scheme", "not a Bearer token" },
        { "garbage after Bearer", "malformed token" },
        { "unknown key", "unknown key" },
        { "wrong key under a trusted key id", "signature" },
        { "unsigned", "not signed" },
        { "not yet valid", "not yet valid" },
        { "expired", "expired" },
        { "another audience", "another audience" },
        { "another issuer", "issuer not trusted" },
        { "serviceUrl mismatch", "serviceUrl" },
    };

    [Fact]
    public async Task ValidToken_IsAccepted()
    {
        using var response = await PostAsync("project list", "Bearer " + fixture.Token().Build());

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No projects yet.", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefusedCredentials))]
    public async Task RefusedCredential_Gets401WithReasonAndLogLineAndChangesNothing(string credential, string reason)
    {
        var before = await TableRowCounts.ReadAsync(fixture.Database.ConnectionString);
        var logged = fixture.Logs.Lines.Count;

        using var response = await PostAsync("project new SEC Secret plans", Authorization(credential));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Contains(reason, body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.Contains(fixture.Logs.Lines.Skip(logged), line => line.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(before, await TableRowCounts.ReadAsync(fixture.Database.ConnectionString));
    }

    [Fact]
    public async Task RefusalLogLine_NeverContainsTheToken()
    {
        var token = fixture.Token().WithAudience("someone-else").Build();

        using var response = await PostAsync("project list", "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var signature = token[(token.LastIndexOf('.') + 1)..];
        Assert.DoesNotContain(fixture.Logs.Lines, line => line.Contains(signature, StringComparison.Ordinal));
    }

    private string? Authorization(string credential)
    {
        var now = fixture.Clock.GetUtcNow();
        return credential switch
        {
            "no header" => null,
            "basic scheme" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(TokenRefusalFixture.AppId + ":secret")),
            "garbage after Bearer" => "Bearer not.a.jwt",
            "unknown key" => Bearer(fixture.Token().SignedWith(ChannelTokenBuilder.NewKey("someone-elses-key"))),
            "wrong key under a trusted key id" => Bearer(fixture.Token().SignedWith(ChannelTokenBuilder.NewKey(fixture.ChannelKey.KeyId))),
            "unsigned" => Bearer(fixture.Token().WithoutSignature()),
            "not yet valid" => Bearer(fixture.Token().ValidBetween(now.AddHours(1), now.AddHours(2))),
            "expired" => Bearer(fixture.Token().ValidBetween(now.AddHours(-3), now.AddHours(-2))),
            "another audience" => Bearer(fixture.Token().WithAudience(Guid.NewGuid().ToString())),
            "another issuer" => Bearer(fixture.Token().WithIssuer("https://login.example.com/")),
            "serviceUrl mismatch" => Bearer(fixture.Token().WithServiceUrl("https://smba.example.com/")),
            _ => throw new ArgumentOutOfRangeException(nameof(credential), credential, "No such credential case."),
        };
    }

    private static string Bearer(ChannelTokenBuilder token) => "Bearer " + token.Build();

    private async Task<HttpResponseMessage> PostAsync(string text, string? authorization)
    {
        var activity = ActivityBuilder.Message(text).WithServiceUrl(TokenRefusalFixture.ServiceUrl).ExpectReplies().Build();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await fixture.Host.Client.SendAsync(request);
    }
}
