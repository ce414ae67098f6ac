using System.Text.Json;
using System.Text.Json.Serialization;

namespace ProgramBot.Application.Slips;

internal static class SlipJson
{
    /// <summary>Leaves out nulls, false and zero: a slip down a long chain lists thousands of tasks.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };
}
