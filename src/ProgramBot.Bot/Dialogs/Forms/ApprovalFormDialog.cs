using Microsoft.Bot.Schema;
using ProgramBot.Application.Approvals;
using ProgramBot.Application.Commands;
using ProgramBot.Application.Commands.Parsing;
using ProgramBot.Application.Projects;
using ProgramBot.Dialogs;
using ProgramBot.Dialogs.Prompts;
using ProgramBot.Domain.Approvals;
using ProgramBot.Domain.Common;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary><c>approval new</c>: kind, what to approve, approvers (one or more mentions), policy, due date.</summary>
public sealed class ApprovalFormDialog : ComponentDialog
{
    public const string DialogId = "approvalForm";
    private const string ApproversPrompt = "approvalForm.approvers";

    private readonly ApprovalRequestHandler _approvals;
    private readonly ProjectDirectory _projects;

    public ApprovalFormDialog(ApprovalRequestHandler approvals, ProjectDirectory projects)
        : base(DialogId)
    {
        (_approvals, _projects) = (approvals, projects);
        FormPrompts.AddTo(this);
        AddDialog(new TextPrompt(ApproversPrompt, ValidateApproversAsync));
        AddDialog(new WaterfallDialog(DialogId + ".steps", [AskKindAsync, AskSubjectAsync, AskApproversAsync, AskPolicyAsync, AskDueAsync, SubmitAsync]));
        InitialDialogId = DialogId + ".steps";
    }

    private static Task<DialogTurnResult> AskKindAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Form<ApprovalForm>();
        var options = PromptOptions.FromText("What kind of change needs approval?");
        foreach (var word in new[] { "scope", "schedule", "budget", "risk acceptance", "milestone gate", "other" })
        {
            options.Choices.Add(new Choice(word));
        }

        return step.PromptAsync(FormPrompts.Choice, options, ct);
    }

    private static Task<DialogTurnResult> AskSubjectAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ApprovalForm>();
        form.Kind = (step.Result as FoundChoice)?.Value;
        step.Save(form);
        return step.PromptAsync(FormPrompts.Text, PromptOptions.FromText("What should be approved? One line, like: Move the launch to Jan 15."), ct);
    }

    private static Task<DialogTurnResult> AskApproversAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ApprovalForm>();
        form.Subject = (step.Result as string)?.Trim();
        step.Save(form);
        return step.PromptAsync(ApproversPrompt, PromptOptions.FromText("Who approves it? Mention one or more people."), ct);
    }

    private static Task<DialogTurnResult> AskPolicyAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ApprovalForm>();
        form.Approvers = [.. Mentioned(step.Context.Activity)];
        step.Save(form);
        if (form.Approvers.Count < 2)
        {
            return step.NextAsync(null, ct);
        }

        var options = PromptOptions.FromText("Who needs to approve?");
        options.Choices.Add(new Choice("any", ["one"], "the first decision settles it"));
        options.Choices.Add(new Choice("all", ["everyone"], "every approver must approve"));
        return step.PromptAsync(FormPrompts.Choice, options, ct);
    }

    private static Task<DialogTurnResult> AskDueAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ApprovalForm>();
        form.Policy = (step.Result as FoundChoice)?.Value ?? "any";
        step.Save(form);
        return step.PromptAsync(FormPrompts.OptionalDate, PromptOptions.FromText("By when? (like fri or 2026-12-18 — or none)"), ct);
    }

    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var form = step.Form<ApprovalForm>();
        form.Due = FormDates.FromAnswer(step.Context, step.Result as string);
        var context = FormCompletion.ContextFor(form, step.Context.GetCommandContext());
        context = form.Approvers.Aggregate(context, (current, approver) => approver.WithMention(current));
        var bound = (await _projects.ChoicesAsync(context, ct)).BoundProjectKey;
        var command = new ApprovalRequestCommand(
            ApprovalKinds.Read(form.Kind!.Replace(' ', '-')) ?? ApprovalKind.Other, form.Subject!, bound is null ? null : EntityKey.Parse(bound, "project").Value,
            [.. form.Approvers.Select(a => a.ToReference())], Enum.Parse<ApprovalPolicy>(form.Policy!, ignoreCase: true), FormDates.Parse(form.Due));
        await Replies.SendAsync(step.Context, await _approvals.HandleAsync(command, context, ct), ct);
        return await step.EndDialogAsync(null, ct);
    }

    private static Task<bool> ValidateApproversAsync(PromptValidatorContext<string> check, CancellationToken ct)
    {
        var found = Mentioned(check.Context.Activity).Any();
        check.Reason = found ? null : "Please @mention the approvers (pick them from the list).";
        return Task.FromResult(found);
    }

    private static IEnumerable<PersonAnswer> Mentioned(Activity activity) =>
        activity.AsMessageActivity()?.GetMentions()
            .Where(m => m.Mentioned?.Id is { Length: > 0 } id && id != activity.Recipient?.Id)
            .Select(m => PersonAnswer.Mentioned(m.Mentioned.Id, m.Mentioned.Name ?? m.Mentioned.Id))
            .DistinctBy(p => p.ChannelUserId) ?? [];
}
