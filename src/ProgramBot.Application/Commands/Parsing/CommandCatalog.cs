namespace ProgramBot.Application.Commands.Parsing;

/// <summary>
/// The usage line and description of every command, so help replies and parse errors quote
/// the same text. Usage lines follow the grammar in PRODUCT.md.
/// </summary>
public static class CommandCatalog
{
    public const string TaskTopic = "task";
    public const string ProjectTopic = "project";
    public const string ProgramTopic = "program";
    public const string HelpTopic = "help";
    public const string RiskTopic = "risk";
    public const string ProgressTopic = "progress";
    public const string ApprovalTopic = "approval";
    public const string DigestTopic = "digest";
    public const string LessonTopic = "lesson";
    public const string WorkspaceTopic = "workspace";

    /// <summary>Every command, grouped by topic in the order help shows them.</summary>
    public static IReadOnlyList<CommandHelp> Overview { get; } =
    [
        Task("task add", "task add <title> [@assignee] [due:<date>] [p:low|medium|high|critical] [est:<days>] [#PROJECT] [milestone]",
            "Adds a task in one line; the words that are not options form the title; milestone flags it as a milestone."),
        Task("task new", "task new", "The guided task form (title, project, assignee, due date, priority); it arrives with guided dialogs, use task add until then."),
        Task("task list", "task list [mine|@user|#PROJECT|overdue|blocked]", "Lists tasks; filters combine."),
        Task("task show", "task show <id>", "Shows one task, like WEB-42."),
        Task("task start", "task start <id>", "Marks a task as in progress."),
        Task("task done", "task done <id>", "Marks a task as done."),
        Task("task block", "task block <id> <reason>", "Marks a task as blocked and records why."),
        Task("task assign", "task assign <id> @user|me", "Gives a task to someone."),
        Task("task due", "task due <id> <date>", "Sets a task's due date."),
        Task("task milestone", "task milestone <id> [off]", "Flags a task as a milestone (digests show those coming up and missed); off unflags it."),
        Task("task depends", "task depends <id> on <id>", "Makes the first task wait for the second (across projects too); I refuse a loop and tell whoever's work it pushes out."),
        Task("task undepend", "task undepend <id> on <id>", "Removes that link."),
        Task("task estimate", "task estimate <id> <days>|off", "Sets a task's estimate in days of work, which weighs it in percent complete."),
        Risk("risk add", "risk add <title> [#PROJECT|program:<KEY>] [p:1-5] [i:1-5] [owner:@user] [mitigation:\"<text>\"] [review:<date>]",
            "Logs a risk; I ask for what is missing. Score = probability × impact."),
        Risk("risk new", "risk new", "Logs a risk step by step."),
        Risk("risk list", "risk list [#PROJECT|program:<KEY>] [open|all|top]", "Lists risks, highest score first."),
        Risk("risk show", "risk show <id>", "Shows one risk, like R-7."),
        Risk("risk update", "risk update <id> [p:1-5] [i:1-5] [owner:@user] [mitigation:\"<text>\"] [review:<date>]", "Changes a risk."),
        Risk("risk close", "risk close <id> <note>", "Closes a risk; start the note with 'occurred' if it happened."),
        Risk("risk bands", "risk bands <medium> <high> <critical> [escalate:<score>]", "Sets where the score bands start (default 5 10 15, escalate at 15)."),
        new("progress", ProgressTopic, "progress [#PROJECT|<task id>] [<percent>%] [rag:green|amber|red] [<what was done>]",
            "Reports progress; a task with a percent is done in one line, otherwise I ask."),
        new("approval request", ApprovalTopic,
            "approval request <scope|schedule|budget|risk|milestone|other> <summary> [#PROJECT] approvers:@a,@b [policy:any|all] [due:<date>]",
            "Asks the approvers to approve a change, on a card with Approve and Reject."),
        new("approval new", ApprovalTopic, "approval new", "Asks for an approval step by step."),
        new("approvals", ApprovalTopic, "approvals [pending|mine]", "Lists what waits for your decision, or what you asked for."),
        new("approval show", ApprovalTopic, "approval show <id>", "Shows one approval request, like A-3."),
        new("digest subscribe", DigestTopic,
            "digest subscribe [program:<KEY>|#PROJECT] <daily|weekdays|weekly <day>|cron \"<expr>\"> [[at] HH:MM] [tz:<zone>] [stakeholders:off]",
            "Posts a status digest in this conversation on a schedule, at your local time; a program's also to its stakeholders."),
        new("digest now", DigestTopic, "digest now [program:<KEY>|#PROJECT]", "Shows the digest of a scope here and now."),
        new("digest list", DigestTopic, "digest list", "Lists this conversation's digests and when each runs next."),
        new("digest unsubscribe", DigestTopic, "digest unsubscribe <id>", "Stops a digest, like D-3."),
        new("workspace admins", WorkspaceTopic, "workspace admins", "Lists the workspace admins, who manage workspace digests and settings."),
        new("workspace admin", WorkspaceTopic, "workspace admin @user [off]", "Makes someone a workspace admin, or with off no longer one (admins only)."),
        Project("project new", "project new <KEY> <name> [program:<KEY>] [pm:@user] [start:<date>] [end:<date>]",
            "Creates a project."),
        Project("project list", "project list", "Lists the workspace's projects."),
        Project("project status", "project status [#PROJECT]", "Shows a project's progress; without a key, this channel's project."),
        Project("project bind", "project bind #PROJECT", "Makes a project this channel's default."),
        Project("project rag", "project rag [#PROJECT] red|amber|green reason:\"<text>\" [days:<n>]", "Overrides the computed RAG, with a reason, for 14 days or the days given."),
        Project("project budget", "project budget [#PROJECT] <amount> <currency>", "Sets a project's planned budget, like 120000 EUR."),
        Project("project spend", "project spend [#PROJECT] <amount> <what it was for>", "Logs money spent against the budget."),
        Program("program new", "program new <KEY> <name> [objective:\"<text>\"] [pm:@user]", "Creates a program."),
        Program("program list", "program list", "Lists the workspace's programs."),
        Program("program add-project", "program add-project <KEY> #PROJECT", "Puts a project in a program (one program per project)."),
        Program("program status", "program status <KEY>", "Shows every project's health, slips across projects and the critical chain."),
        Program("program load", "program load <KEY>", "Shows each person's open work (estimated days) per week for four weeks, flagging anyone over capacity."),
        Program("program stakeholders", "program stakeholders <KEY> @user [@user …]", "Sets who hears about the program: the default audience of its digests and escalations."),
        new("lesson add", LessonTopic, "lesson add [#PROJECT] <what was learned>", "Keeps a lesson learned with its project."),
        new("lesson list", LessonTopic, "lesson list [program:<KEY>|#PROJECT]", "Lists lessons learned, newest first."),
        new("cancel", HelpTopic, "cancel", "Leaves a guided form."),
        new("help", HelpTopic, "help [topic]", "Shows what I can do, or the commands of one topic: task, risk, progress, project or program."),
    ];

    /// <summary>The topics help knows, in display order.</summary>
    public static IReadOnlyList<string> Topics { get; } = [TaskTopic, RiskTopic, ProgressTopic, ApprovalTopic, DigestTopic, ProjectTopic, ProgramTopic, LessonTopic, WorkspaceTopic, HelpTopic];

    /// <summary>
    /// The usage of one command (<c>task add</c>), or of every command of a verb (<c>task</c>)
    /// one per line; null when nothing matches.
    /// </summary>
    public static string? UsageFor(string verbPath)
    {
        ArgumentNullException.ThrowIfNull(verbPath);
        var path = verbPath.Trim().ToLowerInvariant();
        var exact = Overview.FirstOrDefault(c => c.VerbPath == path);
        if (exact is not null)
        {
            return exact.Usage;
        }

        var topic = Topic(path);
        return topic.Count == 0 ? null : string.Join('\n', topic.Select(c => c.Usage));
    }

    /// <summary>The commands of one topic (<c>task</c>, <c>project</c>, <c>program</c>, <c>help</c>); empty when unknown.</summary>
    public static IReadOnlyList<CommandHelp> Topic(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var name = topic.Trim().ToLowerInvariant();
        return Overview.Where(c => c.Topic == name).ToList();
    }

    /// <summary>Whether help has something to say about <paramref name="topic"/>: a topic or a verb path.</summary>
    public static bool Knows(string topic) => UsageFor(topic) is not null;

    private static CommandHelp Task(string path, string usage, string description) => new(path, TaskTopic, usage, description);

    private static CommandHelp Project(string path, string usage, string description) => new(path, ProjectTopic, usage, description);

    private static CommandHelp Risk(string path, string usage, string description) => new(path, RiskTopic, usage, description);

    private static CommandHelp Program(string path, string usage, string description) => new(path, ProgramTopic, usage, description);
}
