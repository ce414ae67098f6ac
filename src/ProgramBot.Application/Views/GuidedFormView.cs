using ProgramBot.Application.Commands;

namespace ProgramBot.Application.Views;

public enum GuidedForm
{
    Task,
    Risk,
    Progress,
    Approval,
}

/// <summary>
/// The command is incomplete: the channel starts the guided form, which asks only for what
/// <see cref="Prefill"/> lacks and then runs the same use case.
/// </summary>
public sealed record GuidedFormView(GuidedForm Form, Command Prefill) : View;
