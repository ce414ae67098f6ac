namespace ProgramBot.Application.Commands;

/// <summary><c>cancel</c>: leaves any guided form.</summary>
public sealed record CancelCommand : Command;
