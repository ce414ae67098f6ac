using ProgramBot.Application.Dates;

namespace ProgramBot.Application.Tests.Dates;

public sealed class NaturalDatePropertyTests
{
    private static readonly string[] Pieces =
    [
        "in", "next", "this", "3", "0", "-1", "99999999999", "2147483648", "days", "day", "weeks", "months", "fri", "friday", "mon",
        "tomorrow", "today", "2026-12-18", "2026-02-30", "9999-12-31", "0001-01-01", "12/18", "18.12.", "-", "/", ".", " ", "\t",
        "\u0000", "überm", "\u2028", "١٢", "⁵", "end", "of", "week", "month", "+", "%", "'", "\"",
    ];

    [Fact]
    public void TryParse_NeverThrows_AndAnyDateItGivesIsRepresentable_ForRandomText()
    {
        var random = new Random(20261126);
        var today = new DateOnly(2026, 11, 25);
        var parsed = 0;
        for (var i = 0; i < 5000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Pieces[random.Next(Pieces.Length)] + (random.Next(3) == 0 ? string.Empty : " ")));
            var day = random.Next(4) == 0 ? DateOnly.MaxValue.AddDays(-random.Next(10)) : today;

            if (NaturalDate.TryParse(text, day, out var date))
            {
                parsed++;
                Assert.True(NaturalDate.TryParse(NaturalDate.Format(date), day, out var again) && again == date, text);
            }
        }

        // Enough of the stream must be dates for the round trip to mean anything.
        Assert.InRange(parsed, 100, 5000);
    }
}
