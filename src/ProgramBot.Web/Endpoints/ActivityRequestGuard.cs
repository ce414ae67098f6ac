using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace ProgramBot.Web.Endpoints;

/// <summary>
/// Checks an incoming activity before the adapter sees it: JSON by content type, within the body
/// limit, parseable, and an activity a turn can run on (a known type, a conversation, a sender and an
/// absolute http(s) service URL). The SDK answers several of these with a 500 or a failed turn; here
/// they get a 4xx with the reason. The body is left rewound for the adapter.
/// </summary>
public static class ActivityRequestGuard
{
    /// <summary>The Bot Framework's activity types; anything else is not an activity.</summary>
    private static readonly HashSet<string> KnownTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "message", "contactRelationUpdate", "conversationUpdate", "typing", "endOfConversation", "event", "invoke",
        "deleteUserData", "messageUpdate", "messageDelete", "installationUpdate", "messageReaction", "suggestion",
        "trace", "handoff", "command", "commandResult",
    };

    /// <summary>Null when the request may go on; otherwise the status and the reason to answer with.</summary>
    public static async Task<(int Status, string Reason)?> CheckAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (StatusCodes.Status415UnsupportedMediaType, "the body must be application/json");
        }

        request.EnableBuffering();
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return Shape(document.RootElement);
        }
        catch (JsonException)
        {
            return (StatusCodes.Status400BadRequest, "the body is not valid JSON");
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (StatusCodes.Status413PayloadTooLarge, "the body is larger than this bot accepts");
        }
        finally
        {
            if (request.Body.CanSeek)
            {
                request.Body.Position = 0;
            }
        }
    }

    private static (int, string)? Shape(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return (StatusCodes.Status400BadRequest, "the body is not an activity object");
        }

        if (Text(activity, "type") is not { } type || !KnownTypes.Contains(type))
        {
            return (StatusCodes.Status400BadRequest, "the activity has no known type");
        }

        if (Text(activity, "serviceUrl") is not { } serviceUrl || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return (StatusCodes.Status400BadRequest, "the activity has no absolute http(s) serviceUrl");
        }

        return Id(activity, "conversation") is null ? (StatusCodes.Status400BadRequest, "the activity has no conversation.id")
            : Id(activity, "from") is null ? (StatusCodes.Status400BadRequest, "the activity has no from.id")
            : null;
    }

    private static string? Id(JsonElement activity, string name) =>
        activity.TryGetProperty(name, out var account) && account.ValueKind == JsonValueKind.Object ? Text(account, "id") : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            && !string.IsNullOrWhiteSpace(text) ? text : null;
}
