using Newtonsoft.Json.Linq;

namespace ProgramBot.Dialogs;

/// <summary>
/// The bag of values shared by a waterfall's steps, persisted as plain JSON. Every change is written
/// back to the dialog's instance at once, so values survive turns and <c>NextAsync</c>.
/// </summary>
public sealed class WaterfallValues
{
    private readonly JObject values;
    private readonly Action onChanged;

    internal WaterfallValues(JObject values, Action onChanged)
    {
        this.values = values;
        this.onChanged = onChanged;
    }

    /// <summary>Reads a value; a missing key is a bug and throws <see cref="KeyNotFoundException"/>.</summary>
    public T GetValue<T>(string key) =>
        TryGetValue<T>(key, out var value) ? value! : throw new KeyNotFoundException($"No waterfall value '{key}'.");

    /// <summary>Reads a value if present.</summary>
    public bool TryGetValue<T>(string key, out T? value)
    {
        if (values.TryGetValue(key, out var token))
        {
            value = token.ToObject<T>(DialogJson.Serializer);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Stores a value under <paramref name="key"/>.</summary>
    public void SetValue<T>(string key, T value)
    {
        values[key] = value is null ? JValue.CreateNull() : JToken.FromObject(value, DialogJson.Serializer);
        onChanged();
    }

    /// <summary>Removes a value.</summary>
    public bool Remove(string key)
    {
        var removed = values.Remove(key);
        onChanged();
        return removed;
    }
}
