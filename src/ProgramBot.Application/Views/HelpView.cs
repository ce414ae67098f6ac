namespace ProgramBot.Application.Views;

public sealed record HelpEntry(string Usage, string Description);

/// <summary>The commands of one topic, or the overview when Topic is null.</summary>
public sealed record HelpView(string? Topic, IReadOnlyList<HelpEntry> Entries) : View;
