using Microsoft.Bot.Builder;
using ProgramBot.Application.Projects;
using ProgramBot.Dialogs;
using ProgramBot.Dialogs.Prompts;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>Asks which project (or program) a form is about, offering the workspace's as choices.</summary>
public static class ScopeQuestion
{
    public const string ProgramPrefix = "program:";
    private const int MaxChoices = 20;

    /// <summary>
    /// In a guided form the conversation's bound project answers without asking. With no project
    /// in the workspace the form ends, saying how to create one.
    /// </summary>
    public static async Task<DialogTurnResult> AskProjectAsync(
        WaterfallStepContext step, ProjectDirectory directory, bool guided, CancellationToken ct, bool offerPrograms = false)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(directory);
        var choices = await directory.ChoicesAsync(step.Context.GetCommandContext(), ct);
        if (guided && choices.BoundProjectKey is { } bound)
        {
            return await step.NextAsync(bound, ct);
        }

        var options = PromptOptions.FromText(offerPrograms ? "Which project (or program) is it about?" : "Which project?");
        options.Help = "Pick a project by its number or key, like WEB.";
        foreach (var project in choices.Projects.Take(MaxChoices))
        {
            options.Choices.Add(new Choice(project.Key, [project.Name], project.Name));
        }

        foreach (var program in offerPrograms ? choices.Programs.Take(MaxChoices) : [])
        {
            options.Choices.Add(new Choice(ProgramPrefix + program.Key, [program.Name], program.Name + " (program)"));
        }

        if (options.Choices.Count == 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("There are no projects yet. Create one first, like: project new WEB Website relaunch"), ct);
            return await step.EndDialogAsync(null, ct);
        }

        return await step.PromptAsync(FormPrompts.Choice, options, ct);
    }

    /// <summary>The key chosen: a choice's value, or a key passed on by <see cref="AskProjectAsync"/>.</summary>
    public static string? Answer(object? result) => result switch
    {
        FoundChoice choice => choice.Value,
        string key => key,
        _ => null,
    };
}
