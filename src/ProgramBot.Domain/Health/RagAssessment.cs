using ProgramBot.Domain.Progress;

namespace ProgramBot.Domain.Health;

/// <summary>A computed RAG and the reasons that made it (none for green).</summary>
public sealed record RagAssessment(Rag Rag, IReadOnlyList<string> Reasons);
