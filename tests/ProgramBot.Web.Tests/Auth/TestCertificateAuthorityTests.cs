namespace ProgramBot.Web.Tests.Auth;

/// <summary>The metadata client trusts the test authority and nothing more: validation is not switched off.</summary>
public sealed class TestCertificateAuthorityTests
{
    [Fact]
    public async Task TrustingClient_ReachesServer_OfItsAuthority()
    {
        using var authority = new TestCertificateAuthority(TimeProvider.System);
        await using var server = await FakeOpenIdMetadataServer.StartAsync(authority.ServerCertificate, "https://issuer.example.com");
        using var client = authority.CreateTrustingClient();

        using var response = await client.GetAsync(server.MetadataUrl);

        Assert.True(response.IsSuccessStatusCode);
    }

    [Fact]
    public async Task TrustingClient_RefusesServer_OfAnotherAuthority()
    {
        using var trusted = new TestCertificateAuthority(TimeProvider.System);
        using var stranger = new TestCertificateAuthority(TimeProvider.System);
        await using var server = await FakeOpenIdMetadataServer.StartAsync(stranger.ServerCertificate, "https://issuer.example.com");
        using var client = trusted.CreateTrustingClient();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(server.MetadataUrl));
    }
}
