using System.Globalization;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Rendering;

/// <summary>Lessons learned as text: "WEB · Dana, Tue 1 Dec: book the load test earlier".</summary>
public static class LessonText
{
    public static string Line(Lesson lesson, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(zone);
        var at = TimeZoneInfo.ConvertTime(lesson.At, zone).ToString("ddd d MMM", CultureInfo.InvariantCulture);
        return $"**{lesson.ProjectKey}** · {lesson.Author}, {at}: {lesson.Text}";
    }

    public static string List(LessonListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Lessons.Count == 0)
        {
            return $"No lessons learned in {view.Scope} yet. Keep one with `lesson add #WEB <what was learned>`.";
        }

        var more = view.Total > view.Lessons.Count ? $"\n- +{view.Total - view.Lessons.Count} more" : string.Empty;
        return $"Lessons learned in {view.Scope} ({view.Total}), newest first:\n"
            + string.Join('\n', view.Lessons.Select(l => "- " + Line(l, view.TimeZone))) + more;
    }
}
