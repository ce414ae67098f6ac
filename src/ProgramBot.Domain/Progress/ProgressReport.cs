using ProgramBot.Domain.Common;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Domain.Progress;

/// <summary>A progress report on a project, or on one task of it.</summary>
public sealed record ProgressReport(
    long WorkspaceId,
    long ProjectId,
    int? TaskNumber,
    long ReporterId,
    DateTimeOffset ReportedAt,
    int Percent,
    Rag? Rag,
    string? RagReason,
    string? Done,
    string? Next,
    string? Blockers)
{
    public static Result<ProgressReport> Create(
        long workspaceId, long projectId, int? taskNumber, long reporterId, DateTimeOffset now,
        int percent, Rag? rag, string? ragReason, string? done, string? next, string? blockers)
    {
        if (percent is < 0 or > 100)
        {
            return new Error("progress.percent", $"Percent complete is 0 to 100; {percent} is outside that.");
        }

        if (rag is Progress.Rag.Amber or Progress.Rag.Red && string.IsNullOrWhiteSpace(ragReason))
        {
            return new Error("progress.rag.reason", $"Say why it is {rag.ToString()!.ToLowerInvariant()}.");
        }

        var texts = new[] { RiskText.Note(ragReason, "reason"), RiskText.Note(done, "done text"), RiskText.Note(next, "next text"), RiskText.Note(blockers, "blockers") };
        if (texts.FirstOrDefault(t => !t.IsSuccess) is { Error: { } error })
        {
            return error;
        }

        return new ProgressReport(
            workspaceId, projectId, taskNumber, reporterId, now, percent, rag, texts[0].Value, texts[1].Value, texts[2].Value, texts[3].Value);
    }
}
