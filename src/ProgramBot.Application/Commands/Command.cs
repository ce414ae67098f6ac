namespace ProgramBot.Application.Commands;

/// <summary>A command typed by a user, parsed and ready for its use case.</summary>
public abstract record Command;
