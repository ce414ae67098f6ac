using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Timeout;
using ProgramBot.Bot.Outbound;

namespace ProgramBot.Bot.Tests.Outbound;

public sealed class OutboundFailuresTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.BadGateway, false)]
    [InlineData(HttpStatusCode.GatewayTimeout, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void ShouldRetry_RetriesAPostOnlyWhenTheServerSaysItDidNotActOnIt(HttpStatusCode status, bool expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.test/v3/conversations/c/activities");
        using var response = new HttpResponseMessage(status);

        Assert.Equal(expected, OutboundFailures.ShouldRetry(Outcome.FromResult(response), request));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public void ShouldRetry_RetriesAPut_AfterAGatewayGaveUp(HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "https://example.test/v3/conversations/c/activities/1");
        using var response = new HttpResponseMessage(status);

        Assert.True(OutboundFailures.ShouldRetry(Outcome.FromResult(response), request));
    }

    [Fact]
    public void ShouldRetry_DoesNotRetryAPost_AfterATimeout()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.test/api/chat.postMessage");

        Assert.False(OutboundFailures.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), request));
    }

    [Fact]
    public void ShouldRetry_DoesNotRetryAPost_AfterTheResponseBroke()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.test/api/chat.postMessage");
        var broken = new HttpRequestException(HttpRequestError.ResponseEnded, "connection reset");

        Assert.False(OutboundFailures.ShouldRetry(Outcome.FromException<HttpResponseMessage>(broken), request));
    }

    [Theory]
    [InlineData(HttpRequestError.ConnectionError)]
    [InlineData(HttpRequestError.NameResolutionError)]
    public void ShouldRetry_RetriesAPost_WhenNoConnectionWasMade(HttpRequestError error)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.test/api/chat.postMessage");

        Assert.True(OutboundFailures.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException(error, "refused")), request));
    }

    [Fact]
    public void ShouldRetry_RetriesAnUpdate_AfterATimeout()
    {
        using var put = new HttpRequestMessage(HttpMethod.Put, "https://example.test/v3/conversations/c/activities/a");
        using var markedPost = OutboundRequest.MarkIdempotent(new HttpRequestMessage(HttpMethod.Post, "https://example.test/api/chat.update"));
        var timeout = Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException());

        Assert.True(OutboundFailures.ShouldRetry(timeout, put));
        Assert.True(OutboundFailures.ShouldRetry(timeout, markedPost));
    }

    [Fact]
    public void RetryAfter_ReadsSecondsAndDates_AndCapsThem()
    {
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));
        using var date = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        date.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(7));
        using var huge = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        huge.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1));
        using var none = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        var cap = TimeSpan.FromSeconds(30);

        Assert.Equal(TimeSpan.FromSeconds(3), OutboundFailures.RetryAfter(seconds, Now, cap));
        Assert.Equal(TimeSpan.FromSeconds(7), OutboundFailures.RetryAfter(date, Now, cap));
        Assert.Equal(cap, OutboundFailures.RetryAfter(huge, Now, cap));
        Assert.Null(OutboundFailures.RetryAfter(none, Now, cap));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void IsServerTrouble_CountsFailingServers_NotRefusals(HttpStatusCode status, bool expected)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(expected, OutboundFailures.IsServerTrouble(Outcome.FromResult(response)));
    }
}
