using ProgramBot.Application.Abstractions;

namespace ProgramBot.Application.Views;

/// <summary><c>lesson list</c>: the newest lessons of a scope, and how many there are in all.</summary>
public sealed record LessonListView(string Scope, IReadOnlyList<Lesson> Lessons, int Total, TimeZoneInfo TimeZone) : View;
