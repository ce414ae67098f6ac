namespace ProgramBot.Application.Views;

public sealed record RiskListView(string Heading, IReadOnlyList<RiskView> Items, int Total) : View
{
    public int More => Math.Max(0, Total - Items.Count);
}
