namespace ProgramBot.Cli;

/// <summary>Runs the conversation: one-shot texts or the interactive prompt.</summary>
internal sealed class ChatSession
{
    private const string QuitCommand = "/quit";
    private readonly BotClient _client;
    private readonly ActivityFactory _activities;
    private readonly ReplyPrinter _printer;
    private readonly TextWriter _out;
    private readonly TextWriter _error;

    public ChatSession(BotClient client, ActivityFactory activities, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        _client = client;
        _activities = activities;
        _printer = new ReplyPrinter(output);
        _out = output;
        _error = error;
    }

    /// <summary>Sends each text in order; stops at the first failure, as later texts usually build on it.</summary>
    public async Task<int> RunOneShotAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        foreach (string text in texts)
        {
            await _out.WriteLineAsync($"you> {text}".AsMemory(), cancellationToken);
            if (!await SendAsync(_activities.Message(text), cancellationToken))
            {
                return ExitCodes.BotFailed;
            }
        }

        return ExitCodes.Ok;
    }

    public async Task<int> RunInteractiveAsync(TextReader input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Teams sends this when the app is added; the bot answers with its welcome.
        if (!await SendAsync(_activities.ConversationUpdate(), cancellationToken))
        {
            return ExitCodes.BotFailed;
        }

        while (true)
        {
            await _out.WriteAsync("you> ".AsMemory(), cancellationToken);
            await _out.FlushAsync(cancellationToken);
            // Console reads block; run them aside so Ctrl+C can end the wait.
            string? line = await Task.Run(input.ReadLine, cancellationToken).WaitAsync(cancellationToken);
            if (line is null)
            {
                await _out.WriteLineAsync();
                return ExitCodes.Ok;
            }

            string text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (string.Equals(text, QuitCommand, StringComparison.OrdinalIgnoreCase))
            {
                return ExitCodes.Ok;
            }

            // A failed send is reported and the prompt stays, so the user can retry.
            await SendAsync(_activities.Message(text), cancellationToken);
        }
    }

    private async Task<bool> SendAsync(System.Text.Json.Nodes.JsonObject activity, CancellationToken cancellationToken)
    {
        BotResult result = await _client.SendAsync(activity, cancellationToken);
        if (!result.IsSuccess)
        {
            await _error.WriteLineAsync($"error: {result.Error}".AsMemory(), cancellationToken);
            return false;
        }

        _printer.Print(result.Activities);
        return true;
    }
}
