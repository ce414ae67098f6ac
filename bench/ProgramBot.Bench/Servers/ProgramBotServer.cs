using ProgramBot.Web.Hosting;

namespace ProgramBot.Bench.Servers;

/// <summary><c>serve programbot --db PATH</c>: the real host, auth off, logging at Warning.</summary>
internal static class ProgramBotServer
{
    public static Task<int> RunAsync(string databasePath, CancellationToken cancellationToken)
    {
        var app = ProgramBotHost.Build([.. ServeRunner.CommonArgs, "--ConnectionStrings:ProgramBot=Data Source=" + databasePath]);
        return ServeRunner.RunAsync(app, cancellationToken);
    }
}
