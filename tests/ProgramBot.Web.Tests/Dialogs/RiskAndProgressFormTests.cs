namespace ProgramBot.Web.Tests.Dialogs;

/// <summary>The risk and progress forms through /api/messages, with their bad answers.</summary>
public sealed class RiskAndProgressFormTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    private readonly string _tenant = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task RiskNew_AsksEverything_AndExplainsTheScales()
    {
        var (alice, carol) = (User("29:alice", "Alice"), User("29:carol", "Carol"));
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("risk new");
        await alice.SayAsync("Vendor API may slip");

        var likelihood = await alice.SayAsync("WEB");
        var refused = await alice.SayAsync("9");
        await alice.SayAsync("4");
        Assert.Contains("Who owns it?", await alice.SayAsync("major"));
        await alice.MentionAsync(carol);
        await alice.SayAsync("Second vendor on standby");
        var logged = await alice.SayAsync("next week");

        Assert.Contains("4. 4 — likely (50–70 %)", likelihood);
        Assert.Contains("That isn't one of the options", refused);
        Assert.StartsWith("Logged **R-1** Vendor API may slip · score 16 (critical 🔴, p4×i4) · WEB · owner @Carol", logged, StringComparison.Ordinal);
        Assert.Contains("Mitigation: Second vendor on standby", logged);
        Assert.Contains("Escalated to <at>Alice</at> (project manager)", logged);
    }

    [Fact]
    public async Task RiskAdd_AsksOnlyForWhatIsMissing()
    {
        var alice = User("29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");

        var asked = await alice.SayAsync("risk add Budget cut #WEB p:2");
        var logged = await alice.SayAsync("3");

        Assert.StartsWith("How bad would it be?", asked, StringComparison.Ordinal);
        Assert.StartsWith("Logged **R-1** Budget cut · score 6 (medium 🟡, p2×i3) · WEB · owner @Alice", logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_AsksForPercentRagReasonAndNotes()
    {
        var alice = User("29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("project bind #WEB");

        Assert.StartsWith("How far along is WEB", await alice.SayAsync("progress"));
        Assert.Contains("Please give a number from 0 to 100.", await alice.SayAsync("140"));
        Assert.Contains("Please answer with a number.", await alice.SayAsync("lots"));
        await alice.SayAsync("60%");
        Assert.Contains("Why is it red?", await alice.SayAsync("red"));
        await alice.SayAsync("Vendor is late");
        await alice.SayAsync("progress on the login page");
        await alice.SayAsync("Checkout");
        var report = await alice.SayAsync("none");
        var status = await alice.SayAsync("project status");

        Assert.StartsWith("Progress on **WEB**: 60% · red 🔴 (by Alice)", report, StringComparison.Ordinal);
        Assert.Contains("Why: Vendor is late", report);
        Assert.Contains("Done: progress on the login page", report);
        Assert.DoesNotContain("Blockers", report);
        Assert.Contains("Last report: 60% · red 🔴", status);
    }

    [Fact]
    public async Task TaskProgress_OneLinerAndForm_GiveTheSameResult()
    {
        var alice = User("29:alice", "Alice");
        await alice.SayAsync("project new WEB Website");
        await alice.SayAsync("task add One #WEB");
        await alice.SayAsync("task add Two #WEB");

        var oneLiner = await alice.SayAsync("progress WEB-1 60% tests green");
        var asked = await alice.SayAsync("progress WEB-2");
        var guided = await alice.SayAsync("60");

        Assert.StartsWith("How far along is WEB-2", asked, StringComparison.Ordinal);
        Assert.Equal(oneLiner.Replace("WEB-1", "WEB-2", StringComparison.Ordinal).Replace("\n\nDone: tests green", string.Empty, StringComparison.Ordinal), guided);
        Assert.Contains("in progress", await alice.SayAsync("task show WEB-2"));
    }

    private ChatUser User(string id, string name) => new(fixture.Host, _tenant, id, name);
}
