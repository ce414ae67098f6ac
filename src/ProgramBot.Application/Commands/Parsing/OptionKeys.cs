namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// The option keys the grammar knows. Only these make a <c>key:value</c> an option; any other
/// <c>word:word</c> ("Fix:", "http://x") is ordinary text.
/// </summary>
internal static class OptionKeys
{
    public const string Due = "due";
    public const string Priority = "priority";
    public const string Manager = "pm";
    public const string Program = "program";
    public const string Start = "start";
    public const string End = "end";
    public const string Objective = "objective";
    public const string Impact = "impact";
    public const string Owner = "owner";
    public const string Mitigation = "mitigation";
    public const string Review = "review";
    public const string Rag = "rag";
    public const string Escalate = "escalate";
    public const string Approvers = "approvers";
    public const string Policy = "policy";
    public const string Reason = "reason";
    public const string Days = "days";
    public const string Estimate = "est";

    public static bool IsKnown(string key) => Canonical(key) is not null;

    /// <summary>
    /// The key an option is stored under: <c>p</c> and <c>priority</c> are one option (a task's
    /// priority, a risk's probability).
    /// </summary>
    public static string? Canonical(string key) => key.ToLowerInvariant() switch
    {
        "p" or "priority" or "probability" => Priority,
        "i" or "impact" => Impact,
        "owner" => Owner,
        "mitigation" => Mitigation,
        "review" => Review,
        "rag" => Rag,
        "escalate" => Escalate,
        "approvers" => Approvers,
        "policy" => Policy,
        "reason" => Reason,
        "days" => Days,
        "est" or "estimate" => Estimate,
        "due" => Due,
        "pm" => Manager,
        "program" => Program,
        "start" => Start,
        "end" => End,
        "objective" => Objective,
        _ => null,
    };

    public static bool IsDate(string canonicalKey) => canonicalKey is Due or Start or End or Review;

    /// <summary>Free-text options whose unquoted value runs on to the next option or mention.</summary>
    public static bool IsRunOn(string canonicalKey) => canonicalKey is Objective or Mitigation or Reason;
}
