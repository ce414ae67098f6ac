using Microsoft.Bot.Builder;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Tasks;
using ProgramBot.Dialogs;
using ProgramBot.Dialogs.Prompts;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.WorkItems;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary><c>task new</c>, and <c>task add</c> without a project: asks only for what is missing.</summary>
public sealed class TaskFormDialog : ComponentDialog
{
    public const string DialogId = "taskForm";

    private static readonly string[] Priorities = ["low", "medium", "high", "critical"];
    private readonly TaskAddHandler _tasks;
    private readonly ProjectDirectory _projects;

    public TaskFormDialog(TaskAddHandler tasks, ProjectDirectory projects)
        : base(DialogId)
    {
        (_tasks, _projects) = (tasks, projects);
        FormPrompts.AddTo(this);
        AddDialog(new WaterfallDialog(DialogId + ".steps", [AskTitleAsync, AskProjectAsync, AskAssigneeAsync, AskDueAsync, AskPriorityAsync, ConfirmAsync, CreateAsync]));
        InitialDialogId = DialogId + ".steps";
    }

    private static Task<DialogTurnResult> AskTitleAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Form<TaskForm>().Title is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(FormPrompts.Title, PromptOptions.FromText("What's the task? Give it a short title."), ct);

    private async Task<DialogTurnResult> AskProjectAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<TaskForm>();
        form.Title ??= step.Result as string;
        step.Save(form);
        return form.Project is not null ? await step.NextAsync(null, ct) : await ScopeQuestion.AskProjectAsync(step, _projects, form.Guided, ct);
    }

    private static Task<DialogTurnResult> AskAssigneeAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<TaskForm>();
        form.Project ??= ScopeQuestion.Answer(step.Result);
        var ask = form.Guided && form.Assignee is null && !form.AssigneeAsked;
        form.AssigneeAsked = true;
        step.Save(form);
        return ask
            ? step.PromptAsync(FormPrompts.Person, PromptOptions.FromText("Who should do it? Mention them, or say me."), ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskDueAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<TaskForm>();
        if (step.Result is MentionedMember person)
        {
            form.Assignee = person.Id == step.Context.Activity.From?.Id ? new PersonAnswer() : PersonAnswer.Mentioned(person.Id, person.Name);
        }

        var ask = form.Guided && form.Due is null && !form.DueAsked;
        form.DueAsked = true;
        step.Save(form);
        return ask
            ? step.PromptAsync(FormPrompts.OptionalDate, PromptOptions.FromText("When is it due? (like fri, 2026-12-18 or in 3 days — or none)"), ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskPriorityAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<TaskForm>();
        form.Due ??= FormDates.FromAnswer(step.Context, step.Result as string);
        step.Save(form);
        if (!form.Guided || form.Priority is not null)
        {
            return step.NextAsync(null, ct);
        }

        var options = PromptOptions.FromText("How urgent is it?");
        foreach (var priority in Priorities)
        {
            options.Choices.Add(new Choice(priority));
        }

        return step.PromptAsync(FormPrompts.Choice, options, ct);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<TaskForm>();
        form.Priority ??= (step.Result as FoundChoice)?.Value;
        step.Save(form);
        if (!form.Guided)
        {
            return step.NextAsync(true, ct);
        }

        var who = form.Assignee is null || form.Assignee.Kind == nameof(MemberRefKind.Me) ? "you" : "@" + form.Assignee.Value;
        var summary = $"Create **{form.Title}** in {form.Project} for {who}, due {(form.Due ?? "whenever")}, {form.Priority ?? "medium"} priority?";
        return step.PromptAsync(FormPrompts.Confirm, PromptOptions.FromText(summary), ct);
    }

    private async Task<DialogTurnResult> CreateAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<TaskForm>();
        if (step.Result is false)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("OK, I didn't create it."), ct);
            return await step.EndDialogAsync(null, ct);
        }

        var context = FormCompletion.ContextFor(form, step.Context.GetCommandContext());
        var command = new TaskAddCommand(
            form.Title!, form.Assignee?.ToReference(), FormDates.Parse(form.Due), ParsePriority(form.Priority),
            EntityKey.Parse(form.Project, "project").Value);
        var view = await _tasks.HandleAsync(command, form.Assignee?.WithMention(context) ?? context, ct);
        await Replies.SendAsync(step.Context, view, ct);
        return await step.EndDialogAsync(null, ct);
    }

    private static Priority? ParsePriority(string? word) => word is null ? null : Enum.Parse<Priority>(word, ignoreCase: true);
}
