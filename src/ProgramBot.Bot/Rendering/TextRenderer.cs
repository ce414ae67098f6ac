using System.Globalization;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Rendering;

/// <summary>
/// Renders a view as short Markdown text: the reply in Teams until cards arrive, and the text
/// fallback for clients that show no cards.
/// </summary>
public static class TextRenderer
{
    public static string Render(View view) => view switch
    {
        SilentView => string.Empty,
        MessageView m => m.Text,
        ErrorView e => e.Usage is null ? e.Reason : $"{e.Reason}\n\nUsage: `{e.Usage}`",
        WelcomeView w => "Hi, I'm ProgramBot. I keep your projects' tasks, progress and risks right here in chat. Try:\n"
            + string.Join('\n', w.FirstCommands.Select(c => $"- `{c}`")),
        HelpView h => HelpText.Render(h),
        TaskChangedView t => TaskText.Changed(t),
        TaskDetailView d => TaskText.Detail(d),
        TaskListView l => TaskText.List(l),
        ProjectCreatedView p => $"Created project **{p.Project.Key}** — {p.Project.Name}{ProjectText.Details(p.Project)}.",
        ProjectBoundView b => $"This conversation now defaults to **{b.Project.Key}** — you can leave out #{b.Project.Key} here.",
        ProjectListView l => ProjectText.List(l),
        ProjectStatusView s => ProjectText.Status(s),
        ProgramCreatedView p => $"Created program **{p.Program.Key}** — {p.Program.Name}"
            + (p.Program.ManagerName is null ? "." : $", managed by {p.Program.ManagerName}."),
        ProgramListView l => l.Programs.Count == 0
            ? "No programs yet. Create one with `program new APOLLO Digital storefront`."
            : "Programs:\n" + string.Join('\n', l.Programs.Select(p => $"- **{p.Key}** — {p.Name}")),
        ProgramStatusView p => ProgramText.Status(p),
        LessonListView l => LessonText.List(l),
        ProgramLoadView l => ProgramLoadText.Render(l),
        RiskChangedView r => RiskText.Changed(r),
        RiskListView l => RiskText.List(l),
        RiskBandsView b => RiskText.Bands(b),
        ProgressView p => ProgressText.Render(p),
        ApprovalView a => ApprovalText.Render(a),
        ApprovalListView l => ApprovalText.List(l),
        DigestSubscribedView d => DigestText.Subscribed(d),
        DigestListView l => DigestText.List(l),
        DigestView d => DigestReportText.Render(d),
        ReminderView r => ReminderText.Render(r),
        GuidedFormView f => $"I need a few more details for that {f.Form.ToString().ToLowerInvariant()}.",
        _ => throw new ArgumentOutOfRangeException(nameof(view), view.GetType().Name, "No text rendering for this view."),
    };

    public static string Date(DateOnly date) => date.ToString("ddd yyyy-MM-dd", CultureInfo.InvariantCulture);
}
