namespace ProgramBot.Bot.Outbound;

/// <summary>
/// Whether a request may be sent again after an ambiguous failure (a timeout or a connection lost
/// after it may have arrived). GET, HEAD, PUT, DELETE and OPTIONS are idempotent by HTTP's rules;
/// a POST only when its sender marks it so, because sending it twice does no harm (Slack's
/// <c>chat.update</c> and <c>chat.delete</c>, which name the message they change).
/// </summary>
public static class OutboundRequest
{
    private static readonly HttpRequestOptionsKey<bool> IdempotentKey = new("ProgramBot.Outbound.Idempotent");

    /// <summary>Marks a POST whose repetition changes nothing.</summary>
    public static HttpRequestMessage MarkIdempotent(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(IdempotentKey, true);
        return request;
    }

    public static bool IsIdempotent(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return false;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete
            || method == HttpMethod.Options || (request.Options.TryGetValue(IdempotentKey, out var marked) && marked);
    }
}
