namespace ProgramBot.Dialogs;

/// <summary>A set of dialogs addressable by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> dialogs = new(StringComparer.Ordinal);

    /// <summary>Adds a dialog; ids must be unique within the set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        }

        return this;
    }

    /// <summary>Finds a dialog by id, or null.</summary>
    public Dialog? Find(string dialogId) => dialogs.GetValueOrDefault(dialogId);
}
