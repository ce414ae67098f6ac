namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Reads chat text as a command; the seam the bot's router depends on.</summary>
public interface ICommandParser
{
    /// <summary>A command, or a one-line reason and the usage of the command the user meant. Never throws for any text.</summary>
    ParseOutcome Parse(string? text, ParseContext context);
}
