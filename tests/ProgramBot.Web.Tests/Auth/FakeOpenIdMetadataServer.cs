using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ProgramBot.Web.Tests.Auth;

/// <summary>
/// The Bot Framework's OpenID metadata on loopback HTTPS: <c>/.well-known/openid-configuration</c>
/// and the JSON Web Key Set it points to, with the channels each key is endorsed for.
/// </summary>
public sealed class FakeOpenIdMetadataServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly JsonArray _keys = [];

    private FakeOpenIdMetadataServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public Uri MetadataUrl => new(BaseUri, ".well-known/openid-configuration");

    public static async Task<FakeOpenIdMetadataServer> StartAsync(X509Certificate2 certificate, string issuer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var server = new FakeOpenIdMetadataServer(builder.Build());

        // The SDK caches metadata per URL for the whole process; a fresh path keeps a reused port from meeting a stale entry.
        var instance = Guid.NewGuid().ToString("N");
        var routes = server._app.MapGroup("/" + instance);
        routes.MapGet("/.well-known/openid-configuration", () => Results.Json(new JsonObject
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = new Uri(server.BaseUri, "keys").ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        routes.MapGet("/keys", () => Results.Json(new JsonObject { ["keys"] = server._keys.DeepClone() }));
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUri = new Uri($"{address.TrimEnd('/')}/{instance}/");
        return server;
    }

    /// <summary>Publishes the public half of <paramref name="key"/>, endorsed for the given channels.</summary>
    public void Publish(RsaSecurityKey key, params string[] endorsements)
    {
        ArgumentNullException.ThrowIfNull(key);
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
        _keys.Add(new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = jwk.N,
            ["e"] = jwk.E,
            ["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
