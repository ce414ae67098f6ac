using System.Net;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using ProgramBot.Web.Scheduling;

namespace ProgramBot.Web.Tests.Scheduling;

public sealed class LoopbackDashboardAuthorizationFilterTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("203.0.113.9", false)]
    public void Authorize_AllowsOnlyLoopback(string remoteAddress, bool expected)
    {
        var allowed = new LoopbackDashboardAuthorizationFilter().Authorize(Context(IPAddress.Parse(remoteAddress)));

        Assert.Equal(expected, allowed);
    }

    [Fact]
    public void Authorize_Refuses_WhenRemoteAddressIsUnknown()
    {
        Assert.False(new LoopbackDashboardAuthorizationFilter().Authorize(Context(null)));
    }

    private static AspNetCoreDashboardContext Context(IPAddress? remote)
    {
        // The dashboard context reads its services from the request.
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        http.Connection.RemoteIpAddress = remote;
        return new AspNetCoreDashboardContext(Mock.Of<JobStorage>(), new DashboardOptions(), http);
    }
}
