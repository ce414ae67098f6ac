namespace ProgramBot.Application.Slips;

/// <summary>A slip stored with its change id, the id its notices claim.</summary>
public sealed record RecordedSlip(long Id, SlipReport Report)
{
    /// <summary>What the person who made the change is told: everything that moved.</summary>
    public string Summary => SlipMessage.Compose(Report, SlipSelection.All(Report));
}
