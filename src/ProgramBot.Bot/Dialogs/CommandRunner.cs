using ProgramBot.Application.Commands;
using ProgramBot.Application.Conversations;
using ProgramBot.Application.Views;
using ProgramBot.Dialogs;

namespace ProgramBot.Bot.Dialogs;

/// <summary>Runs one line of text as a command: the use case answers, or its guided form starts.</summary>
public sealed class CommandRunner(ConversationService conversations)
{
    public async Task RunAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var context = dc.Context.GetCommandContext();
        var view = await conversations.RespondAsync(text, context, cancellationToken);
        if (view is GuidedFormView form)
        {
            await FormLauncher.BeginAsync(dc, form, context, cancellationToken);
            return;
        }

        await Replies.SendAsync(dc.Context, view, cancellationToken);
    }

    /// <summary>
    /// Whether the text is a complete command of its own (and so may interrupt a form). A bare
    /// "progress …" with neither target nor percent reads like an answer ("progress on login"), so
    /// it does not count.
    /// </summary>
    public bool IsCommand(string text, DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var parsed = conversations.Parse(text, dc.Context.GetCommandContext());
        return parsed.IsSuccess && parsed.Command is not ProgressCommand { Project: null, Task: null, Percent: null };
    }
}
