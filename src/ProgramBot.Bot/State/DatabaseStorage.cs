using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Bot.State;

/// <summary>
/// Bot Framework <see cref="IStorage"/> over the application's <see cref="IStateStore"/>, so bot
/// state lives in the same database as everything else. Values are stored as plain JSON (no type
/// names); reads return <see cref="JObject"/>s carrying an <c>ETag</c>. A write whose value has an
/// ETag (an <see cref="IStoreItem"/>, or a BotState dictionary read from here) must match the
/// stored one, <c>*</c> overwrites, and after a write the new ETag is set back on the value so a
/// second save in the same turn does not conflict with the first.
/// </summary>
public sealed class DatabaseStorage(IStateStore store) : IStorage
{
    private const string ETagProperty = "ETag";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var entries = await store.ReadAsync(keys, cancellationToken);
        var items = new Dictionary<string, object>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, entry) in entries)
        {
            var value = JObject.Parse(entry.Json);
            value[ETagProperty] = entry.ETag;
            items[key] = value;
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var writes = new List<StateWrite>(changes.Count);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(value, key);
            var json = JObject.FromObject(value, Serializer);
            json.Remove(ETagProperty);
            json.Remove("eTag");
            writes.Add(new StateWrite(key, json.ToString(Formatting.None), ETagOf(value)));
        }

        var outcome = await store.WriteAsync(writes, cancellationToken);
        if (!outcome.Succeeded)
        {
            throw new StateConflictException(outcome.ConflictKey!);
        }

        foreach (var (key, value) in changes)
        {
            SetETag(value, outcome.NewETags[key]);
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return store.DeleteAsync(keys, cancellationToken);
    }

    private static string? ETagOf(object value) => value switch
    {
        IStoreItem item => item.ETag,
        JObject json => (string?)(json[ETagProperty] ?? json["eTag"]),
        IDictionary<string, object> state => state.TryGetValue(ETagProperty, out var etag) ? etag?.ToString() : null,
        _ => null,
    };

    private static void SetETag(object value, string etag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = etag;
                break;
            case JObject json:
                json[ETagProperty] = etag;
                break;
            case IDictionary<string, object> state:
                state[ETagProperty] = etag;
                break;
        }
    }
}
