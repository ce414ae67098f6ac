namespace ProgramBot.Application.Views;

public sealed record ProgramListView(IReadOnlyList<ProgramSummary> Programs) : View;
