using ProgramBot.Application.Views;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Bot.Rendering;

public static class ProgressText
{
    public static string Render(ProgressView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var lines = new List<string> { $"Progress on **{view.Target}**: {view.Percent}%{(view.Rag is { } rag ? " · " + Rag(rag) : string.Empty)} (by {view.ReporterName})" };
        AddIf(lines, "Why", view.RagReason);
        AddIf(lines, "Done", view.Done);
        AddIf(lines, "Next", view.Next);
        AddIf(lines, "Blockers", view.Blockers);
        return string.Join("\n\n", lines);
    }

    public static string Rag(Rag rag) => rag switch
    {
        Domain.Progress.Rag.Red => "red 🔴",
        Domain.Progress.Rag.Amber => "amber 🟠",
        _ => "green 🟢",
    };

    private static void AddIf(List<string> lines, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            lines.Add($"{label}: {text}");
        }
    }
}
