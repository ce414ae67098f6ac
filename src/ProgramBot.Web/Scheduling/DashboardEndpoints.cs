using Hangfire;
using Microsoft.Extensions.Options;
using ProgramBot.Infrastructure.Scheduling;

namespace ProgramBot.Web.Scheduling;

internal static class DashboardEndpoints
{
    public const string Path = "/hangfire";

    /// <summary>Maps the Hangfire dashboard for loopback callers only; nothing when scheduling is off.</summary>
    public static void MapSchedulingDashboard(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<SchedulingOptions>>().Value.Enabled)
        {
            return;
        }

        app.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [new LoopbackDashboardAuthorizationFilter()],
            // The dashboard's own script polls; a closed tab should not keep the server busy.
            StatsPollingInterval = 10_000,
        });
    }
}
