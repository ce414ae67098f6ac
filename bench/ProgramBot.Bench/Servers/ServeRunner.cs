using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace ProgramBot.Bench.Servers;

/// <summary>
/// Runs a child server: binds a free loopback port, prints <c>LISTENING url</c> for the parent
/// (a console tool's stdout is its channel), and serves until cancelled or killed.
/// </summary>
internal static class ServeRunner
{
    public const string ListeningPrefix = "LISTENING ";

    /// <summary>Arguments every child server gets, ProgramBot and echo alike.</summary>
    public static readonly IReadOnlyList<string> CommonArgs =
    [
        "--Urls=http://127.0.0.1:0",
        "--Logging:LogLevel:Default=Warning",
        "--MicrosoftAppId=",
        "--MicrosoftAppPassword=",
    ];

    public static async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using (app)
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            await Console.Out.WriteLineAsync(ListeningPrefix + address);
            await Console.Out.FlushAsync(cancellationToken);
            await app.WaitForShutdownAsync(cancellationToken);
        }

        return 0;
    }
}
