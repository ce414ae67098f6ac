using Newtonsoft.Json.Linq;

namespace ProgramBot.Dialogs;

/// <summary>
/// One entry of the dialog stack: which dialog runs and its per-conversation state. Dialogs are
/// stateless singletons, so everything they remember lives here.
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's own state as plain JSON; use <see cref="GetState{T}"/> and <see cref="SetState{T}"/>.</summary>
    public JObject State { get; set; } = [];

    /// <summary>
    /// Reads the dialog's typed state record, or a new one when nothing was stored yet. The value is
    /// a copy: change it, then call <see cref="SetState{T}"/>.
    /// </summary>
    public T GetState<T>()
        where T : new() =>
        State.HasValues ? State.ToObject<T>(DialogJson.Serializer) ?? new T() : new T();

    /// <summary>Replaces the dialog's state with <paramref name="value"/> as plain JSON.</summary>
    public void SetState<T>(T value)
        where T : notnull =>
        State = JObject.FromObject(value, DialogJson.Serializer);
}
