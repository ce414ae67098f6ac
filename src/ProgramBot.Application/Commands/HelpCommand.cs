namespace ProgramBot.Application.Commands;

/// <summary><c>help [topic]</c>; Topic is a verb such as <c>task</c>, or null for the overview.</summary>
public sealed record HelpCommand(string? Topic) : Command;
