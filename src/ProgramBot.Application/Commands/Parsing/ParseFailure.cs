using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands.Parsing;

/// <summary>Builds parse failures with the usage of the command the user meant, from the catalog.</summary>
internal static class ParseFailure
{
    private const int MaxShownLength = 40;

    public static ParseOutcome For(string verbPath, string message) =>
        ParseOutcome.Failure(message, CommandCatalog.UsageFor(verbPath));

    public static ParseOutcome For(string verbPath, Error error) => For(verbPath, error.Message);

    public static Error Error(string code, string message) => new($"parse.{code}", message);

    /// <summary>
    /// User text as it may appear inside a one-line reply: control characters replaced and
    /// long text cut. Short, clean text comes back unchanged, so valid keys and ids are kept.
    /// </summary>
    public static string Shown(string text)
    {
        var clean = string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
        return clean.Length <= MaxShownLength ? clean : string.Concat(clean.AsSpan(0, MaxShownLength), "…");
    }

    /// <summary>For a command that takes nothing, or nothing more, after what it has read.</summary>
    public static ParseOutcome Extra(string verbPath, Token extra) =>
        For(verbPath, $"I don't know what '{Shown(extra.Raw)}' is for in '{verbPath}'.");
}
