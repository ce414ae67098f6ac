namespace ProgramBot.Web.Authentication;

/// <summary>
/// The SDK refused the credential of a request to the bot; <see cref="Exception.Message"/> is a
/// short reason fit for the 401 body (no token, no claim values, no stack trace).
/// </summary>
/// <remarks>
/// An exception because the SDK's <c>BotFrameworkAuthentication</c> contract has no other way out;
/// it is deliberately not an <see cref="UnauthorizedAccessException"/>, which CloudAdapter would
/// swallow into a bare 401 before the endpoint could give the reason.
/// </remarks>
public sealed class CredentialRefusedException : Exception
{
    public CredentialRefusedException()
        : base("credential refused")
    {
    }

    public CredentialRefusedException(string reason)
        : base(reason)
    {
    }

    public CredentialRefusedException(string reason, Exception innerException)
        : base(reason, innerException)
    {
    }
}
