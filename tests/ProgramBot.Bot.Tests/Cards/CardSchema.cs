using System.Text.Json.Nodes;
using Json.Schema;

namespace ProgramBot.Bot.Tests.Cards;

/// <summary>
/// The official Adaptive Card 1.5 schema (draft-06), evaluated by JsonSchema.Net. The repo's copy is
/// preferred (copied beside the test assembly); the shared/ folder beside the repo is the fallback.
/// </summary>
internal static class CardSchema
{
    public const string FileName = "adaptive-card-1.5.0.json";

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(FindPath()));

    private static readonly EvaluationOptions Options = new() { EvaluateAs = SpecVersion.Draft6, OutputFormat = OutputFormat.List };

    // JsonSchema.Net 7.4.0 gives random results when one schema is evaluated on several threads
    // (json-everything issue #929; xUnit runs test classes in parallel): a shared options instance
    // and one evaluation at a time keep the verdicts honest.
    private static readonly Lock Gate = new();

    public static EvaluationResults Evaluate(JsonObject card)
    {
        var copy = (JsonObject)card.DeepClone();
        copy.Remove("msteams"); // Teams' own root property, which the schema does not list.
        return EvaluateRaw(copy);
    }

    public static EvaluationResults EvaluateRaw(JsonNode instance)
    {
        lock (Gate)
        {
            return Schema.Value.Evaluate(instance, Options);
        }
    }

    public static string Describe(EvaluationResults results) =>
        string.Join('\n', (results.Details ?? []).Where(d => d.HasErrors)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}")));

    public static string FindPath()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "Cards", "Schemas", FileName);
        if (File.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared", "schemas", "adaptive-cards", FileName);
            if (File.Exists(shared))
            {
                return shared;
            }
        }

        throw new FileNotFoundException("The Adaptive Card schema was neither beside the tests nor in a shared/ folder above them.", FileName);
    }
}
