namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>
/// How much a card may hold. Teams refuses messages over about 28 KB, so every list is cut to
/// <see cref="MaxRows"/> rows and a byte budget, and long user text is shortened before it is shown.
/// </summary>
public static class CardLimits
{
    public const int MaxBytes = 28 * 1024;

    /// <summary>What the rows of one list may take, leaving room for the heading, facts and actions.</summary>
    public const int ListBudgetBytes = 18 * 1024;

    public const int MaxRows = 10;

    public const int MaxApprovers = 20;

    public const int TitleChars = 200;

    public const int TextChars = 500;

    public const int NameChars = 100;
}
