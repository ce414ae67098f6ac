using ProgramBot.Application.Views;
using ProgramBot.Domain.Risks;

namespace ProgramBot.Bot.Tests.Cards.Builders;

internal sealed class RiskViewBuilder
{
    private string id = "R-7";
    private string title = "Vendor may slip";
    private int probability = 4;
    private int impact = 5;
    private RiskBand band = RiskBand.Critical;
    private string? owner = "Bob";
    private string? mitigation = "Second vendor on standby";
    private DateOnly? review = new(2026, 4, 1);
    private RiskStatus status = RiskStatus.Open;
    private string? closingNote;

    public RiskViewBuilder WithId(string value) { id = value; return this; }

    public RiskViewBuilder WithTitle(string value) { title = value; return this; }

    public RiskViewBuilder WithScore(int p, int i, RiskBand value) { probability = p; impact = i; band = value; return this; }

    public RiskViewBuilder WithOwner(string? value) { owner = value; return this; }

    public RiskViewBuilder WithMitigation(string? value) { mitigation = value; return this; }

    public RiskViewBuilder WithReview(DateOnly? value) { review = value; return this; }

    public RiskViewBuilder WithStatus(RiskStatus value, string? note = null) { status = value; closingNote = note; return this; }

    public RiskView Build() => new(id, title, "WEB", probability, impact, probability * impact, band, owner, mitigation, review, status, closingNote);
}
