using System.Text.Json.Nodes;

namespace ProgramBot.TestKit.Fakes;

/// <summary>One request a fake server received: method, path, JSON body, and the id it answered with.</summary>
public sealed record RecordedRequest(string Method, string Path, JsonNode? Body, string? Authorization, string? ReplyId = null)
{
    public string? Text => Body?["text"]?.GetValue<string>();
}
