namespace ProgramBot.Application.Views;

/// <summary>Why a command was refused, and how to type it (null when there is no single usage).</summary>
public sealed record ErrorView(string Reason, string? Usage) : View;
