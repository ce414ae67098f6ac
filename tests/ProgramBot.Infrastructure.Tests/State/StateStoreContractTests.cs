using ProgramBot.Application.Abstractions;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Infrastructure.Tests.State;

/// <summary>
/// The <see cref="IStateStore"/> contract. Each provider inherits it and supplies a fresh, empty store.
/// </summary>
public abstract class StateStoreContractTests : IAsyncLifetime
{
    private IStateStore _store = null!;

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Returns an empty store backed by the provider under test.</summary>
    protected abstract Task<IStateStore> CreateStoreAsync();

    [StorageFact]
    public async Task WriteAsync_CreatesEntryWithETag_WhenKeyIsNew()
    {
        var outcome = await Write(new StateWrite("k1", """{"a":1}""", null));

        Assert.True(outcome.Succeeded);
        var stored = await Read("k1");
        Assert.Equal(new StateEntry("""{"a":1}""", outcome.NewETags["k1"]), stored);
    }

    [StorageFact]
    public async Task ReadAsync_LeavesKeyOut_WhenKeyIsUnknown()
    {
        var found = await _store.ReadAsync(["missing"], CancellationToken.None);

        Assert.Empty(found);
    }

    [StorageFact]
    public async Task WriteAsync_UpdatesAndChangesETag_WhenETagMatches()
    {
        var created = await Write(new StateWrite("k1", "1", null));

        var updated = await Write(new StateWrite("k1", "2", created.NewETags["k1"]));

        Assert.True(updated.Succeeded);
        Assert.NotEqual(created.NewETags["k1"], updated.NewETags["k1"]);
        Assert.Equal(new StateEntry("2", updated.NewETags["k1"]), await Read("k1"));
    }

    [StorageFact]
    public async Task WriteAsync_FailsAndKeepsValue_WhenETagIsStale()
    {
        var created = await Write(new StateWrite("k1", "1", null));
        var updated = await Write(new StateWrite("k1", "2", created.NewETags["k1"]));

        var stale = await Write(new StateWrite("k1", "3", created.NewETags["k1"]));

        Assert.Equal("k1", stale.ConflictKey);
        Assert.Empty(stale.NewETags);
        Assert.Equal(new StateEntry("2", updated.NewETags["k1"]), await Read("k1"));
    }

    [StorageFact]
    public async Task WriteAsync_Overwrites_WhenETagIsStar()
    {
        await Write(new StateWrite("k1", "1", null));

        var outcome = await Write(new StateWrite("k1", "2", "*"));

        Assert.True(outcome.Succeeded);
        Assert.Equal("2", (await Read("k1"))!.Json);
    }

    [StorageFact]
    public async Task WriteAsync_Overwrites_WhenETagIsNull()
    {
        await Write(new StateWrite("k1", "1", null));

        var outcome = await Write(new StateWrite("k1", "2", null));

        Assert.True(outcome.Succeeded);
        Assert.Equal("2", (await Read("k1"))!.Json);
    }

    [StorageFact]
    public async Task WriteAsync_ReportsConflict_WhenRowIsMissingButETagExpected()
    {
        var outcome = await Write(new StateWrite("k1", "1", "some-etag"));

        Assert.Equal("k1", outcome.ConflictKey);
        Assert.Null(await Read("k1"));
    }

    [StorageFact]
    public async Task DeleteAsync_RemovesOnlyGivenKeys_WhenKeysExist()
    {
        await Write(new StateWrite("k1", "1", null), new StateWrite("k2", "2", null));

        await _store.DeleteAsync(["k1", "never-written"], CancellationToken.None);

        Assert.Null(await Read("k1"));
        Assert.NotNull(await Read("k2"));
    }

    [StorageFact]
    public async Task WriteAsync_WritesNothing_WhenAnyWriteInBatchConflicts()
    {
        var created = await Write(new StateWrite("k1", "1", null));

        var outcome = await Write(
            new StateWrite("k2", "new", null),
            new StateWrite("k1", "changed", created.NewETags["k1"]),
            new StateWrite("k3", "conflict", "wrong-etag"));

        Assert.Equal("k3", outcome.ConflictKey);
        Assert.Null(await Read("k2"));
        Assert.Equal(new StateEntry("1", created.NewETags["k1"]), await Read("k1"));
    }

    [StorageFact]
    public async Task WriteAsync_WritesEveryEntry_WhenBatchSucceeds()
    {
        var outcome = await Write(new StateWrite("k1", "1", null), new StateWrite("k2", "2", "*"));

        var found = await _store.ReadAsync(["k1", "k2"], CancellationToken.None);

        Assert.Equal(["k1", "k2"], outcome.NewETags.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(outcome.NewETags["k2"], found["k2"].ETag);
    }

    [StorageTheory]
    [InlineData("msteams/conversations/19:abc@thread.v2/users/29:xyz")]
    [InlineData("slack/conversations/C01:T02/users/U03")]
    [InlineData("ünïcødé/ключ/键/🔑")]
    [InlineData("quotes ' \" and % _ wildcards")]
    public async Task WriteAsync_RoundTripsKey_WhenKeyHasOddCharacters(string key)
    {
        await Write(new StateWrite("other", "0", null));

        var outcome = await Write(new StateWrite(key, """{"text":"ünïcødé ✓"}""", null));

        var found = await _store.ReadAsync([key], CancellationToken.None);
        Assert.Equal(new StateEntry("""{"text":"ünïcødé ✓"}""", outcome.NewETags[key]), Assert.Single(found).Value);
        Assert.Equal(key, found.Keys.Single());
    }

    private Task<StateWriteOutcome> Write(params StateWrite[] writes) => _store.WriteAsync(writes, CancellationToken.None);

    private async Task<StateEntry?> Read(string key) =>
        (await _store.ReadAsync([key], CancellationToken.None)).GetValueOrDefault(key);
}
