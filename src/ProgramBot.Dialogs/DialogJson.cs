using Newtonsoft.Json;

namespace ProgramBot.Dialogs;

/// <summary>
/// The one serializer for dialog state: plain JSON without type names, so stored state never names
/// a CLR type and survives renames (and is safe to read back).
/// </summary>
internal static class DialogJson
{
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
    });
}
