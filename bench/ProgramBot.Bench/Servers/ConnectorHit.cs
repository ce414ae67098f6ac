namespace ProgramBot.Bench.Servers;

/// <summary>One message the fake connector answered: when, to which conversation, and with what status.</summary>
internal sealed record ConnectorHit(DateTimeOffset At, string Conversation, int Status);
