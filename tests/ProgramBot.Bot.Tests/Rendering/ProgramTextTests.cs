using ProgramBot.Bot.Rendering;
using ProgramBot.Bot.Tests.Cards;

namespace ProgramBot.Bot.Tests.Rendering;

public sealed class ProgramTextTests
{
    [Fact]
    public void Status_CarriesTheSameFactsAsTheCard()
    {
        var text = TextRenderer.Render(ProgramStatusSamples.All().First().View);

        Assert.Equal(
            """
            **Program APOLLO** — Digital storefront · PM Pat · stakeholders Dana, Eve
            Objective: Grow online sales
            - **WEB** Website: red 🔴 (1 milestone missed) · 40% · target Tue 2026-12-15, forecast Fri 2026-12-18 · risks 1 critical, 2 high, 1 low · 3 overdue · 1 blocked · budget 60,000 of 120,000 EUR used (50%), variance 60,000, forecast at completion 150,000
            - **API** Backend: amber 🟠 by override until Thu 10 Dec: vendor late; computed green 🟢 · 40% · target Tue 2026-12-15, forecast Fri 2026-12-18 · risks 1 critical, 2 high, 1 low · 3 overdue · 1 blocked

            **Slips across projects**
            - API-1 slipped 3 days → WEB-1 slips 3 days

            **Lessons learned**
            - **WEB** · Dana, Thu 26 Nov: book the load test earlier

            **Critical chain:** API-1 Endpoint (Fri 2026-12-18) → WEB-1 ◆ Launch (Fri 2026-12-18)
            """,
            text);
    }

    [Fact]
    public void LessonList_ListsNewestFirst_WithMore()
    {
        var lessons = new[] { new Application.Abstractions.Lesson("WEB", "freeze copy", "Dana", ProgramStatusSamples.Now) };

        var text = TextRenderer.Render(new Application.Views.LessonListView("program APOLLO", lessons, 4, TimeZoneInfo.Utc));
        var none = TextRenderer.Render(new Application.Views.LessonListView("project WEB", [], 0, TimeZoneInfo.Utc));

        Assert.Equal("Lessons learned in program APOLLO (4), newest first:\n- **WEB** · Dana, Thu 26 Nov: freeze copy\n- +3 more", text);
        Assert.Equal("No lessons learned in project WEB yet. Keep one with `lesson add #WEB <what was learned>`.", none);
    }

    [Fact]
    public void Load_ShowsDaysPerWeek_AndFlagsOverCapacity()
    {
        var weeks = Enumerable.Range(0, 4).Select(w => new DateOnly(2026, 11, 23).AddDays(7 * w)).ToList();
        var view = new Application.Views.ProgramLoadView(
            "APOLLO", weeks, [new("Alice", [7m, 0m, 1.5m, 0m], 3, true), new("Bob", [0m, 2m, 0m, 0m], 1, false)], 5m);

        var text = TextRenderer.Render(view);
        var none = TextRenderer.Render(view with { Members = [] });

        Assert.Equal(
            "**Load of APOLLO**, estimated days due per week (capacity 5 a week), weeks of 23 Nov, 30 Nov, 7 Dec, 14 Dec\n"
            + "- ⚠️ **Alice**: 7 · 0 · 1.5 · 0 (3 tasks) — over capacity\n- **Bob**: 0 · 2 · 0 · 0 (1 task)",
            text);
        Assert.EndsWith("No open assigned work is due in these weeks.", none, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_SaysHowToAddAProject_WhenThereIsNone()
    {
        var text = TextRenderer.Render(ProgramStatusSamples.All().Single(s => s.Name == "empty").View);

        Assert.Contains("No projects yet: add one with `program add-project APOLLO #WEB`.", text, StringComparison.Ordinal);
        Assert.Contains("Critical chain: no open milestone with a date.", text, StringComparison.Ordinal);
    }
}
