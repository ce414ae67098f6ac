using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Views;

/// <summary>A stored progress report; <see cref="Target"/> is a project key or a task id.</summary>
public sealed record ProgressView(
    string Target, string ReporterName, int Percent, Rag? Rag, string? RagReason, string? Done, string? Next, string? Blockers) : View;
