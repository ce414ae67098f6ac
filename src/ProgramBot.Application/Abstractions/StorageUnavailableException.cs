namespace ProgramBot.Application.Abstractions;

/// <summary>
/// The database stayed locked or could not be opened through the store's bounded retries. Nothing
/// was written: the transaction that met it rolled back. The chat edge answers it with a "please try
/// again"; it is never a bug to report.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
        : base("The database is busy or unavailable.")
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
