using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Channels.Teams.Cards;

/// <summary>
/// Picks the card for a view. Views that read best as a sentence (errors, notes, welcome, created and
/// bound projects, program lists, risk bands, guided forms, silence) have no card and stay text.
/// </summary>
public static class AdaptiveCardRenderer
{
    public static bool TryRender(View view, [NotNullWhen(true)] out JsonObject? card)
    {
        ArgumentNullException.ThrowIfNull(view);
        card = view switch
        {
            TaskChangedView t => TaskCardRenderer.Render(t),
            TaskDetailView d => TaskCardRenderer.Render(d),
            TaskListView l => TaskListCardRenderer.Render(l),
            ProjectStatusView s => ProjectStatusCardRenderer.Render(s),
            ProgramStatusView p => ProgramStatusCardRenderer.Render(p),
            RiskChangedView r => RiskCardRenderer.Render(r),
            RiskListView l => RiskListCardRenderer.Render(l),
            ProgressView p => ProgressCardRenderer.Render(p),
            ApprovalView a => ApprovalCardRenderer.Render(a, readOnly: false),
            HelpView h => HelpCardRenderer.Render(h),
            DigestView d => DigestCardRenderer.Render(d),
            _ => null,
        };
        return card is not null;
    }
}
