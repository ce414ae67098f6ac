namespace ProgramBot.Application.Views;

public sealed record ApprovalListView(string Heading, IReadOnlyList<ApprovalView> Items) : View;
