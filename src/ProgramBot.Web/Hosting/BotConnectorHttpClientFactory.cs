namespace ProgramBot.Web.Hosting;

/// <summary>
/// What the Bot Framework SDK gets as its <see cref="IHttpClientFactory"/>: whatever name it asks for
/// (its connector clients ask for the default one), it gets the <see cref="ClientName"/> client, which
/// runs through the outbound pipeline.
/// </summary>
public sealed class BotConnectorHttpClientFactory(IHttpClientFactory factory) : IHttpClientFactory
{
    public const string ClientName = "BotConnector";

    public HttpClient CreateClient(string name) => factory.CreateClient(ClientName);
}
