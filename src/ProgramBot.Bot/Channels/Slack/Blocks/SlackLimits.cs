namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>Block Kit's limits, and the shares of them our messages use.</summary>
public static class SlackLimits
{
    public const int MaxBlocks = 50;

    public const int SectionChars = 3000;

    public const int HeaderChars = 150;

    public const int FieldChars = 2000;

    public const int MaxFields = 10;

    public const int ButtonChars = 75;

    /// <summary>Rows of one list before "+N more".</summary>
    public const int MaxRows = 15;

    public const int TitleChars = 200;

    public const int TextChars = 500;

    public const int NameChars = 100;

    /// <summary>The fallback text beside the blocks (Slack truncates <c>text</c> at 40,000).</summary>
    public const int MessageTextChars = 39_000;
}
