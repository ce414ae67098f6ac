namespace ProgramBot.Application.Views;

/// <summary>A short confirmation or note.</summary>
public sealed record MessageView(string Text) : View;
