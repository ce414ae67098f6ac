namespace ProgramBot.Bench.Report;

/// <summary>A goal the figures are held against (reported, never asserted).</summary>
internal sealed record Goal(string Text, string Figure, bool? Met)
{
    public string Verdict => Met switch
    {
        true => "met",
        false => "**missed**",
        null => "not measured",
    };
}
