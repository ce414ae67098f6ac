using System.Text.Json.Nodes;

namespace ProgramBot.Cli.Tests;

/// <summary>One request the fake bot received.</summary>
internal sealed record FakeBotRequest(string RequestLine, string ContentTypeHeader, JsonObject Activity);
