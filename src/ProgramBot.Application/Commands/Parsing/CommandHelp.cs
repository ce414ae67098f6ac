namespace ProgramBot.Application.Commands.Parsing;

/// <summary>One command's entry in the help: its verb path (<c>task add</c>), topic, usage line and description.</summary>
public sealed record CommandHelp(string VerbPath, string Topic, string Usage, string Description);
