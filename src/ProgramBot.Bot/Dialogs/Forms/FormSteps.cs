using ProgramBot.Dialogs;

namespace ProgramBot.Bot.Dialogs.Forms;

/// <summary>Reads and writes a form's state in the waterfall's values bag.</summary>
public static class FormSteps
{
    private const string Key = "form";

    public static T Form<T>(this WaterfallStepContext step)
        where T : new()
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Values.TryGetValue<T>(Key, out var form) && form is not null)
        {
            return form;
        }

        var initial = step.GetOptions<T>() ?? new T();
        step.Values.SetValue(Key, initial);
        return initial;
    }

    /// <summary>Stores the form again: the values bag keeps copies, so every change must be saved.</summary>
    public static void Save<T>(this WaterfallStepContext step, T form)
    {
        ArgumentNullException.ThrowIfNull(step);
        step.Values.SetValue(Key, form);
    }
}
