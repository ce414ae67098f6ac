namespace AdaptiveCards;

/// <summary>
/// The one type of the AdaptiveCards package that Microsoft.Bot.Schema references
/// (for <c>AdaptiveCard.ContentType</c>). ProgramBot builds its cards as JSON trees and
/// never uses this object model.
/// </summary>
public class AdaptiveCard
{
    /// <summary>The MIME type of an Adaptive Card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
}
