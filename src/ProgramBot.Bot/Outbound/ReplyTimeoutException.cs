namespace ProgramBot.Bot.Outbound;

/// <summary>A turn's replies could not be delivered within its reply budget; the turn ends without them.</summary>
public sealed class ReplyTimeoutException : TimeoutException
{
    public ReplyTimeoutException()
    {
    }

    public ReplyTimeoutException(string message)
        : base(message)
    {
    }

    public ReplyTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ReplyTimeoutException(TimeSpan budget, Exception? innerException = null)
        : base($"The turn's replies were not delivered within {budget}.", innerException)
    {
        Budget = budget;
    }

    public TimeSpan Budget { get; }
}
