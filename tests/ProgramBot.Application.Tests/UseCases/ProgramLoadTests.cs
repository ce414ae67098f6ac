using ProgramBot.Application.Views;

namespace ProgramBot.Application.Tests.UseCases;

/// <summary>program load: Thursday 2026-11-26, so the weeks start on Mondays 23 Nov, 30 Nov, 7 and 14 Dec.</summary>
public sealed class ProgramLoadTests : IAsyncLifetime
{
    private readonly UseCaseHarness _app = new();

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        await _app.SendAsync("project list", Sender.Bob);
        await _app.SendAsync("program new APOLLO Digital storefront");
        await _app.SendAsync("project new WEB Website program:APOLLO");
        await _app.SendAsync("project new OPS Operations");
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Load_SumsEstimatedDaysPerPersonAndWeek_AndFlagsOverCapacity()
    {
        foreach (var line in new[]
        {
            "task add Spec est:3 due:2026-11-27 #WEB", "task add Build est:4 due:2026-11-28 #WEB", "task add Test due:2026-12-08 @bob #WEB",
            "task add Later est:2 due:2027-01-30 #WEB", "task add Done est:9 due:2026-11-27 #WEB", "task add Elsewhere est:5 due:2026-11-27 #OPS",
            "task assign WEB-1 me", "task assign WEB-2 me", "task assign WEB-4 me", "task assign WEB-5 me", "task assign OPS-1 me", "task done WEB-5",
        })
        {
            await _app.SendAsync(line);
        }

        var load = await _app.SendAsync<ProgramLoadView>("program load APOLLO");

        Assert.Equal([new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 14)], load.WeekStarts);
        var alice = load.Members[0];
        var bob = load.Members[1];
        Assert.Equal(("Alice", true, 2, "7 0 0 0"), (alice.Name, alice.Over, alice.Tasks, string.Join(' ', alice.Days.Select(d => d.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)))));

        // Bob's task has no estimate: it weighs the median of WEB's estimates (3, 4, 2, 9), 3.5 days.
        Assert.Equal(("Bob", false, "0 0 3.5 0"), (bob.Name, bob.Over, string.Join(' ', bob.Days.Select(d => d.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)))));
    }

    [Theory]
    [InlineData("program load NOPE", "There's no program NOPE here.")]
    [InlineData("program load", "Which program?")]
    [InlineData("program load APOLLO now", "I don't know what 'now' is for")]
    public async Task BadInput_IsExplained(string text, string reason)
    {
        var refused = await _app.SendAsync<ErrorView>(text);

        Assert.StartsWith(reason, refused.Reason, StringComparison.Ordinal);
    }
}
