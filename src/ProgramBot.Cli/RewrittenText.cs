namespace ProgramBot.Cli;

/// <summary>Typed text with <c>@word</c> turned into <c>&lt;at&gt;word&lt;/at&gt;</c>, plus the mentions.</summary>
internal sealed record RewrittenText(string Text, IReadOnlyList<Mention> Mentions);
