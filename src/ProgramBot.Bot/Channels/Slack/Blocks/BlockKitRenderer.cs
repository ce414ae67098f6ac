using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Channels.Slack.Blocks;

/// <summary>
/// Picks the Block Kit layout for a view: the same views that have an Adaptive Card in Teams. The rest
/// (errors, notes, welcome, guided forms, silence) stay text.
/// </summary>
public static class BlockKitRenderer
{
    public static bool TryRender(View view, [NotNullWhen(true)] out JsonArray? blocks)
    {
        ArgumentNullException.ThrowIfNull(view);
        blocks = view switch
        {
            TaskChangedView t => SlackTaskBlocks.Render(t),
            TaskDetailView d => SlackTaskBlocks.Render(d),
            TaskListView l => SlackListBlocks.Render(l),
            ProjectStatusView s => SlackProjectBlocks.Render(s),
            ProgramStatusView p => SlackProgramBlocks.Render(p),
            RiskChangedView r => SlackRiskBlocks.Render(r),
            RiskListView l => SlackListBlocks.Render(l),
            ProgressView p => SlackProgressBlocks.Render(p),
            ApprovalView a => SlackApprovalBlocks.Render(a),
            HelpView h => SlackHelpBlocks.Render(h),
            DigestView d => SlackDigestBlocks.Render(d),
            _ => null,
        };
        return blocks is not null;
    }
}
