namespace ProgramBot.Cli;

/// <summary>Parses the options and runs the chosen mode; returns the process exit code.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliHost host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        CliParseResult parsed = CliOptionsParser.Parse(args, host.EnvironmentUser, host.LocalTimeZoneId);
        if (parsed.Options is not { } options)
        {
            await host.Error.WriteLineAsync($"error: {parsed.Error}".AsMemory(), cancellationToken);
            return ExitCodes.Usage;
        }

        if (options.ShowHelp)
        {
            await host.Output.WriteLineAsync(HelpText.Usage.AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        }

        var session = new ChatSession(
            new BotClient(host.Http, options.MessagesEndpoint),
            new ActivityFactory(options, host.Time),
            host.Output,
            host.Error);
        try
        {
            return options.IsOneShot
                ? await session.RunOneShotAsync(options.Commands, cancellationToken)
                : await session.RunInteractiveAsync(host.Input, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await host.Error.WriteLineAsync();
            return ExitCodes.Cancelled;
        }
    }
}
