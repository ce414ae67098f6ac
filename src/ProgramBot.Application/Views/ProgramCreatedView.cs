namespace ProgramBot.Application.Views;

public sealed record ProgramCreatedView(ProgramSummary Program) : View;
