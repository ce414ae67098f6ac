using ProgramBot.Application.Conversations;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>
/// The context a form's final step writes with. Its activity key is the form's id, so when two
/// turns of the same user race to finish one form, the database claim lets exactly one write and
/// the other becomes a silent duplicate (the state's ETag check then retries the loser).
/// </summary>
public static class FormCompletion
{
    public static CommandContext ContextFor(IForm form, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(context);
        return context with { ActivityKey = "form:" + form.Id };
    }
}
