using System.Net;
using Hangfire.Dashboard;

namespace ProgramBot.Web.Scheduling;

/// <summary>
/// Lets only requests from this machine see the Hangfire dashboard: it shows job arguments and
/// can trigger or delete jobs, and the bot has no operator login yet.
/// </summary>
internal sealed class LoopbackDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var remote = context.GetHttpContext().Connection.RemoteIpAddress;
        return remote is not null && IPAddress.IsLoopback(remote);
    }
}
