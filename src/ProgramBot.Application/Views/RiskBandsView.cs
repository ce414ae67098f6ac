using ProgramBot.Domain.Risks;

namespace ProgramBot.Application.Views;

public sealed record RiskBandsView(RiskPolicy Policy) : View;
