namespace ProgramBot.Application.Views;

/// <summary>The first tasks that matched, and how many matched in all.</summary>
public sealed record TaskListView(string Heading, IReadOnlyList<TaskView> Items, int Total) : View
{
    public int More => Math.Max(0, Total - Items.Count);
}
