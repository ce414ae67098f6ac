using System.Text.Json.Nodes;

namespace ProgramBot.TestKit.Fakes;

/// <summary>One request a fake server received: method, path and JSON body.</summary>
public sealed record RecordedRequest(string Method, string Path, JsonNode? Body, string? Authorization)
{
    public string? Text => Body?["text"]?.GetValue<string>();
}
