using System.Text.Json;

namespace ProgramBot.Application.Slips;

internal static class SlipJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
