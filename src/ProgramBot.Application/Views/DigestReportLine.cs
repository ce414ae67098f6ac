using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Views;

/// <summary>A progress report in a digest: on what, by whom, the percent and RAG, and any blockers.</summary>
public sealed record DigestReportLine(string Target, string ReporterName, int Percent, Rag? Rag, string? Blockers);
