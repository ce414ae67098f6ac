namespace ProgramBot.Cli;

/// <summary>A Teams mention entity: who is mentioned and the <c>&lt;at&gt;</c> text that shows it.</summary>
internal sealed record Mention(string Id, string Name, string Text);
