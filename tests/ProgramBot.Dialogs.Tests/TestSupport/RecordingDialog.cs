using Microsoft.Bot.Builder;

namespace ProgramBot.Dialogs.Tests.TestSupport;

/// <summary>A dialog that writes every call it receives to a shared log and then waits.</summary>
internal sealed class RecordingDialog(string id, List<string> log) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        log.Add($"begin {Id} {options}".TrimEnd());
        return Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        log.Add($"continue {Id}");
        return Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        log.Add($"resume {Id} {reason} {result}".TrimEnd());
        return Task.FromResult(EndOfTurn);
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        log.Add($"reprompt {Id}");
        return Task.CompletedTask;
    }

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        log.Add($"end {Id} {reason}");
        return Task.CompletedTask;
    }

    public override string? DescribeQuestion(DialogInstance instance) => $"{Id} is waiting";
}
