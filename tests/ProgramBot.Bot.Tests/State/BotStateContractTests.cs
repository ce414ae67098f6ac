using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using ProgramBot.TestKit.Facts;

namespace ProgramBot.Bot.Tests.State;

/// <summary>The SDK's <see cref="BotState"/> over a storage provider: persisted, and protected by ETags.</summary>
public abstract class BotStateContractTests : StorageContractTests
{
    [StorageFact]
    public async Task ConversationState_PersistsAcrossTurns()
    {
        var state = new ConversationState(Storage);
        var accessor = state.CreateProperty<Progress>("progress");
        using var first = NewTurn("conv-persist");
        await accessor.SetAsync(first, new Progress { Step = 2, Answers = ["WEB", "tomorrow"] });
        await state.SaveChangesAsync(first);

        var secondState = new ConversationState(Storage);
        using var second = NewTurn("conv-persist");
        var progress = await secondState.CreateProperty<Progress>("progress").GetAsync(second, () => new Progress());

        Assert.Equal(2, progress.Step);
        Assert.Equal(["WEB", "tomorrow"], progress.Answers);
    }

    [StorageFact]
    public async Task ConversationState_SecondSaveInSameTurn_DoesNotConflict()
    {
        var state = new ConversationState(Storage);
        var accessor = state.CreateProperty<Progress>("progress");
        using var turn = NewTurn("conv-twice");
        await accessor.SetAsync(turn, new Progress { Step = 1 });
        await state.SaveChangesAsync(turn);

        await accessor.SetAsync(turn, new Progress { Step = 2 });
        await state.SaveChangesAsync(turn);

        using var check = NewTurn("conv-twice");
        Assert.Equal(2, (await new ConversationState(Storage).CreateProperty<Progress>("progress").GetAsync(check, () => new Progress())).Step);
    }

    [StorageFact]
    public async Task ConversationState_RacingTurns_OneWinsAndOtherFails()
    {
        var seed = new ConversationState(Storage);
        using (var setup = NewTurn("conv-race"))
        {
            await seed.CreateProperty<Progress>("progress").SetAsync(setup, new Progress { Step = 1 });
            await seed.SaveChangesAsync(setup);
        }

        var stateA = new ConversationState(Storage);
        var stateB = new ConversationState(Storage);
        using var turnA = NewTurn("conv-race");
        using var turnB = NewTurn("conv-race");
        await stateA.LoadAsync(turnA);
        await stateB.LoadAsync(turnB);
        await stateA.CreateProperty<Progress>("progress").SetAsync(turnA, new Progress { Step = 10 });
        await stateB.CreateProperty<Progress>("progress").SetAsync(turnB, new Progress { Step = 20 });

        await stateA.SaveChangesAsync(turnA);
        await Assert.ThrowsAnyAsync<Exception>(() => stateB.SaveChangesAsync(turnB));

        using var check = NewTurn("conv-race");
        Assert.Equal(10, (await new ConversationState(Storage).CreateProperty<Progress>("progress").GetAsync(check, () => new Progress())).Step);
    }

    private static TurnContext NewTurn(string conversationId)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount("user-1", "User"),
            Recipient = new ChannelAccount("bot", "Bot"),
        };
        return new TurnContext(new TestAdapter(), activity);
    }

    protected sealed class Progress
    {
        public int Step { get; set; }

        public List<string> Answers { get; set; } = [];
    }
}
