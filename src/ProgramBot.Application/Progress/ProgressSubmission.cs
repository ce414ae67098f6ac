using ProgramBot.Domain.Common;
using ProgramBot.Domain.Progress;

namespace ProgramBot.Application.Progress;

/// <summary>A project progress report as the guided form gathered it.</summary>
public sealed record ProgressSubmission(
    EntityKey Project, int Percent, Rag Rag, string? RagReason, string? Done, string? Next, string? Blockers);
