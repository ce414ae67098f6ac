using Newtonsoft.Json.Linq;

namespace ProgramBot.Dialogs;

/// <summary>What a waterfall remembers between turns, stored in its <see cref="DialogInstance"/>.</summary>
internal sealed class WaterfallState
{
    public int StepIndex { get; set; }

    public JToken? Options { get; set; }

    public JObject Values { get; set; } = [];
}
