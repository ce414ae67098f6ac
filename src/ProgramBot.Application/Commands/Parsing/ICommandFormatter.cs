namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Writes a command as canonical text, for confirmations, logs and "did you mean" replies.</summary>
public interface ICommandFormatter
{
    /// <summary>Canonical text that <see cref="ICommandParser.Parse"/> reads back as an equal command.</summary>
    string Format(Command command);
}
