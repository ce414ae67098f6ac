namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>The one value of a <c>MIN(...) AS At</c> query over instants: null when no row matched.</summary>
internal sealed class NextDueRow
{
    public DateTimeOffset? At { get; set; }
}
