namespace ProgramBot.Application.Commands.Parsing;

/// <summary><c>help [topic]</c> and <c>?</c>; the topic is a catalog topic or a verb path such as <c>task add</c>.</summary>
internal static class HelpParser
{
    private const string Path = "help";

    public static ParseOutcome Parse(IReadOnlyList<Token> args)
    {
        if (args.Count == 0)
        {
            return ParseOutcome.Success(new HelpCommand(null));
        }

        var topic = string.Join(' ', args.Select(t => t.Raw)).ToLowerInvariant();
        return CommandCatalog.Knows(topic)
            ? ParseOutcome.Success(new HelpCommand(topic))
            : ParseFailure.For(
                Path, $"I have no help on '{ParseFailure.Shown(topic)}'. Try help task, help risk, help project or help program.");
    }
}
