namespace ProgramBot.Application.Commands;

/// <summary>What the parser needs to know about the sender: today's date in their time zone.</summary>
public sealed record ParseContext(DateOnly Today);
