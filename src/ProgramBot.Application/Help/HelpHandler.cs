using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;
using ProgramBot.Application.Views;

namespace ProgramBot.Application.Help;

/// <summary><c>help [topic]</c>, from the same catalog that error replies quote.</summary>
public static class HelpHandler
{
    public static View Handle(HelpCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Topic is null)
        {
            return new HelpView(null, [.. CommandCatalog.Overview.Select(Entry)]);
        }

        var topic = CommandCatalog.Topic(command.Topic);
        var entries = topic.Count > 0 ? topic : CommandCatalog.Overview.Where(c => c.VerbPath == command.Topic).ToList();
        return entries.Count > 0
            ? new HelpView(command.Topic, [.. entries.Select(Entry)])
            : new ErrorView($"I have no help on '{command.Topic}'.", CommandCatalog.UsageFor(CommandCatalog.HelpTopic));
    }

    private static HelpEntry Entry(CommandHelp help) => new(help.Usage, help.Description);
}
