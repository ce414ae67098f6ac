using ProgramBot.Domain.Common;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Risks;

public static class RiskErrors
{
    /// <summary>Also the answer for an id of another workspace: nothing there is visible from here.</summary>
    public static Error NotFound(RiskId id) => new("risk.unknown", $"There's no risk {id} here. Type risk list to see the open ones.");
}
