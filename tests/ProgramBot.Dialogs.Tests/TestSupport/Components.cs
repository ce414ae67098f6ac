using ProgramBot.Dialogs.Prompts;

namespace ProgramBot.Dialogs.Tests.TestSupport;

/// <summary>Small dialogs the tests share.</summary>
internal static class Components
{
    /// <summary>Asks a name then an age, keeping the name in the values bag; ends with "name/age".</summary>
    public static ComponentDialog Signup(string id = "root")
    {
        var component = new ComponentDialog(id);
        component.AddDialog(new WaterfallDialog("signup", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync("name", Ask("What's your name?"), ct),
            (step, ct) =>
            {
                step.Values.SetValue("name", (string)step.Result!);
                return step.PromptAsync("age", Ask("How old are you?"), ct);
            },
            async (step, ct) =>
            {
                var name = step.Values.GetValue<string>("name");
                await step.Context.SendActivityAsync($"{name} is {step.Result}.", cancellationToken: ct);
                return await step.EndDialogAsync($"{name}/{step.Result}", ct);
            },
        }));
        component.AddDialog(new TextPrompt("name"));
        component.AddDialog(new NumberPrompt("age") { Min = 0, Max = 150 });
        return component;
    }

    /// <summary>A waterfall that runs one prompt and ends with its value.</summary>
    public static ComponentDialog Single(Dialog prompt, PromptOptions options)
    {
        var component = new ComponentDialog("root");
        component.AddDialog(new WaterfallDialog("ask", new WaterfallStep[]
        {
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        }));
        component.AddDialog(prompt);
        return component;
    }

    public static PromptOptions Ask(string question, string? retry = null) => PromptOptions.FromText(question, retry);

    public sealed record Greeting(string Name);
}
