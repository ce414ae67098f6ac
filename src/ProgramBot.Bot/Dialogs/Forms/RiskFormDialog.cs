using ProgramBot.Application.Commands;
using ProgramBot.Application.Projects;
using ProgramBot.Application.Risks;
using ProgramBot.Dialogs;
using ProgramBot.Dialogs.Prompts;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary><c>risk new</c>, and <c>risk add</c> with something missing: asks for it, then logs the risk.</summary>
public sealed class RiskFormDialog : ComponentDialog
{
    public const string DialogId = "riskForm";

    private readonly RiskAddHandler _risks;
    private readonly ProjectDirectory _projects;

    public RiskFormDialog(RiskAddHandler risks, ProjectDirectory projects)
        : base(DialogId)
    {
        (_risks, _projects) = (risks, projects);
        FormPrompts.AddTo(this);
        AddDialog(new WaterfallDialog(DialogId + ".steps",
            [AskTitleAsync, AskScopeAsync, AskProbabilityAsync, AskImpactAsync, AskOwnerAsync, AskMitigationAsync, AskReviewAsync, CreateAsync]));
        InitialDialogId = DialogId + ".steps";
    }

    private static Task<DialogTurnResult> AskTitleAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Form<RiskForm>().Title is not null
            ? step.NextAsync(null, ct)
            : step.PromptAsync(FormPrompts.Title, PromptOptions.FromText("What's the risk? One line, like: Vendor API may slip."), ct);

    private async Task<DialogTurnResult> AskScopeAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<RiskForm>();
        form.Title ??= step.Result as string;
        step.Save(form);
        return form.Scope is not null ? await step.NextAsync(null, ct) : await ScopeQuestion.AskProjectAsync(step, _projects, form.Guided, ct, offerPrograms: true);
    }

    private static Task<DialogTurnResult> AskProbabilityAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<RiskForm>();
        form.Scope ??= ScopeQuestion.Answer(step.Result);
        step.Save(form);
        return form.Probability is not null ? step.NextAsync(null, ct) : ScaleQuestion.AskAsync(step, "How likely is it?", RiskScale.Probability, ct);
    }

    private static Task<DialogTurnResult> AskImpactAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<RiskForm>();
        form.Probability ??= ScaleQuestion.Answer(step.Result);
        step.Save(form);
        return form.Impact is not null ? step.NextAsync(null, ct) : ScaleQuestion.AskAsync(step, "How bad would it be?", RiskScale.Impact, ct);
    }

    private static Task<DialogTurnResult> AskOwnerAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<RiskForm>();
        form.Impact ??= ScaleQuestion.Answer(step.Result);
        step.Save(form);
        return form.Guided && !form.OptionalAsked && form.Owner is null
            ? step.PromptAsync(FormPrompts.Person, PromptOptions.FromText("Who owns it? Mention them, or say me."), ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskMitigationAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<RiskForm>();
        if (step.Result is MentionedMember person)
        {
            form.Owner = person.Id == step.Context.Activity.From?.Id ? new PersonAnswer() : PersonAnswer.Mentioned(person.Id, person.Name);
        }

        step.Save(form);
        return form.Guided && !form.OptionalAsked && form.Mitigation is null
            ? step.PromptAsync(FormPrompts.OptionalText, PromptOptions.FromText("How will you reduce it? (or none)"), ct)
            : step.NextAsync(null, ct);
    }

    private static Task<DialogTurnResult> AskReviewAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<RiskForm>();
        if (step.Result is string mitigation && !FormPrompts.IsSkip(mitigation))
        {
            form.Mitigation = mitigation.Trim();
        }

        var ask = form.Guided && !form.OptionalAsked && form.Review is null;
        form.OptionalAsked = true;
        step.Save(form);
        return ask
            ? step.PromptAsync(FormPrompts.OptionalDate, PromptOptions.FromText("When should it be reviewed? (like next week — or none)"), ct)
            : step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> CreateAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<RiskForm>();
        form.Review ??= FormDates.FromAnswer(step.Context, step.Result as string);
        var isProgram = form.Scope!.StartsWith(ScopeQuestion.ProgramPrefix, StringComparison.Ordinal);
        var key = EntityKey.Parse(isProgram ? form.Scope[ScopeQuestion.ProgramPrefix.Length..] : form.Scope, "project").Value;
        var command = new RiskAddCommand(
            form.Title!, isProgram ? null : key, isProgram ? key : null, form.Probability, form.Impact,
            form.Owner?.ToReference(), form.Mitigation, FormDates.Parse(form.Review));
        var context = FormCompletion.ContextFor(form, step.Context.GetCommandContext());
        var view = await _risks.HandleAsync(command, form.Owner?.WithMention(context) ?? context, ct);
        await Replies.SendAsync(step.Context, view, ct);
        return await step.EndDialogAsync(null, ct);
    }
}
