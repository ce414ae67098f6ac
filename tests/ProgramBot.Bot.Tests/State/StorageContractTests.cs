using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Bot.Tests.State;

/// <summary>
/// The Bot Framework <see cref="IStorage"/> contract as ProgramBot relies on it, written once;
/// each storage provider inherits it.
/// </summary>
public abstract class StorageContractTests
{
    protected abstract IStorage Storage { get; }

    [StorageFact]
    public async Task Read_ReturnsNothing_WhenKeyUnknown()
    {
        var items = await Storage.ReadAsync(["unknown/key"]);

        Assert.Empty(items);
    }

    [StorageFact]
    public async Task Write_StoresValueAndETag_WhenNew()
    {
        var item = new Note { Text = "hello", Count = 3 };

        await Storage.WriteAsync(new Dictionary<string, object> { ["notes/1"] = item });
        var read = (JObject)(await Storage.ReadAsync(["notes/1"]))["notes/1"];

        Assert.Equal("hello", (string?)read["Text"]);
        Assert.Equal(3, (int?)read["Count"]);
        Assert.False(string.IsNullOrEmpty(item.ETag));
        Assert.Equal(item.ETag, (string?)read["ETag"]);
    }

    [StorageFact]
    public async Task Write_Succeeds_WhenETagMatches()
    {
        var item = new Note { Text = "v1" };
        await Storage.WriteAsync(new Dictionary<string, object> { ["notes/2"] = item });

        item.Text = "v2";
        await Storage.WriteAsync(new Dictionary<string, object> { ["notes/2"] = item });

        Assert.Equal("v2", (string?)((JObject)(await Storage.ReadAsync(["notes/2"]))["notes/2"])["Text"]);
    }

    [StorageFact]
    public async Task Write_FailsAndKeepsValue_WhenETagIsStale()
    {
        var first = new Note { Text = "v1" };
        await Storage.WriteAsync(new Dictionary<string, object> { ["notes/3"] = first });
        var stale = new Note { Text = "stale", ETag = first.ETag };
        first.Text = "v2";
        await Storage.WriteAsync(new Dictionary<string, object> { ["notes/3"] = first });

        await Assert.ThrowsAnyAsync<Exception>(() => Storage.WriteAsync(new Dictionary<string, object> { ["notes/3"] = stale }));

        Assert.Equal("v2", (string?)((JObject)(await Storage.ReadAsync(["notes/3"]))["notes/3"])["Text"]);
    }

    [StorageFact]
    public async Task Write_Overwrites_WhenETagIsWildcard()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["notes/4"] = new Note { Text = "v1" } });

        await Storage.WriteAsync(new Dictionary<string, object> { ["notes/4"] = new Note { Text = "forced", ETag = "*" } });

        Assert.Equal("forced", (string?)((JObject)(await Storage.ReadAsync(["notes/4"]))["notes/4"])["Text"]);
    }

    [StorageFact]
    public async Task Write_ChangesNothing_WhenOneKeyOfBatchConflicts()
    {
        var existing = new Note { Text = "v1" };
        await Storage.WriteAsync(new Dictionary<string, object> { ["batch/b"] = existing });
        var stale = new Note { Text = "stale", ETag = "not-the-etag" };

        await Assert.ThrowsAnyAsync<Exception>(() => Storage.WriteAsync(new Dictionary<string, object>
        {
            ["batch/a"] = new Note { Text = "new" },
            ["batch/b"] = stale,
        }));

        var items = await Storage.ReadAsync(["batch/a", "batch/b"]);
        Assert.False(items.ContainsKey("batch/a"));
        Assert.Equal("v1", (string?)((JObject)items["batch/b"])["Text"]);
    }

    [StorageFact]
    public async Task Delete_RemovesKey_AndIgnoresUnknownKeys()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["notes/5"] = new Note { Text = "bye" } });

        await Storage.DeleteAsync(["notes/5", "never/written"]);

        Assert.Empty(await Storage.ReadAsync(["notes/5"]));
    }

    [StorageTheory]
    [InlineData("msteams/conversations/19:abc@thread.tacv2;messageid=123/users/29:1-xyz")]
    [InlineData("!@#$%^&*()_+ ünïcödé ✓ key with spaces")]
    [InlineData("slack/conversations/C123/users/U456")]
    public async Task Write_RoundTrips_OddKeys(string key)
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "odd" } });

        var items = await Storage.ReadAsync([key]);

        Assert.Equal("odd", (string?)((JObject)items[key])["Text"]);
    }

    protected sealed class Note : IStoreItem
    {
        public string? Text { get; set; }

        public int Count { get; set; }

        public string? ETag { get; set; }
    }
}
