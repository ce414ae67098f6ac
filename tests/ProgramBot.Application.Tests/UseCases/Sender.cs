namespace ProgramBot.Application.Tests.UseCases;

/// <summary>Who sends a test message, from which workspace and conversation.</summary>
public sealed record Sender(string Workspace, string Conversation, string Id, string Name, string? TimeZone = null)
{
    public static Sender Alice { get; } = new("tenant-a", "conv-a", "29:alice", "Alice");

    public static Sender Bob { get; } = new("tenant-a", "conv-a", "29:bob", "Bob");

    public static Sender Mallory { get; } = new("tenant-b", "conv-b", "29:mallory", "Mallory");
}
