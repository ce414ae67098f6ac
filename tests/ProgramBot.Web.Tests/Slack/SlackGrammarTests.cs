namespace ProgramBot.Web.Tests.Slack;

/// <summary>Every command of the chat grammar, and every guided form, once through <c>/pm</c> in Slack.</summary>
public sealed class SlackGrammarTests(SlackHostFixture fixture) : IClassFixture<SlackHostFixture>
{
    /// <summary>The command after <c>/pm</c> and a piece of the answer it must get; in order, as each builds on the last.</summary>
    public static readonly (string Command, string Expected)[] Script =
    [
        ("help", "Here's what I can do"),
        ("help task", "task add"),
        ("program new APOLLO Digital storefront", "APOLLO"),
        ("program list", "APOLLO"),
        ("project new WEB Website relaunch program:APOLLO end:2027-03-31", "WEB"),
        ("project list", "WEB"),
        ("project status #WEB", "Website relaunch"),
        ("project bind #WEB", "WEB"),
        ("task add Fix login timeout <@U0002> due:fri p:high #WEB", "Created *WEB-1* Fix login timeout · to do · @Bob"),
        ("task add Write spec", "WEB-2"),
        ("task list #WEB", "WEB-1"),
        ("task list mine", "Open tasks"),
        ("task list <@U0002>", "WEB-1"),
        ("task show WEB-1", "WEB-1"),
        ("task start WEB-1", "in progress"),
        ("task block WEB-1 waiting for API keys", "waiting for API keys"),
        ("task list blocked", "WEB-1"),
        ("task assign WEB-1 <@U0001>", "@Alice"),
        ("task due WEB-1 2026-12-18", "2026-12-18"),
        ("task list overdue", "Overdue tasks"),
        ("task done WEB-1", "done"),
        ("task add Launch due:2027-01-15 #WEB milestone", "WEB-3"),
        ("task milestone WEB-3 off", "WEB-3"),
        ("task milestone WEB-3", "WEB-3"),
        ("task estimate WEB-2 3", "WEB-2"),
        ("task depends WEB-3 on WEB-2", "WEB-3"),
        ("task undepend WEB-3 on WEB-2", "WEB-3"),
        ("project new API Backend", "API"),
        ("program add-project APOLLO #API", "API"),
        ("program stakeholders APOLLO <@U0003>", "Dana"),
        ("project budget #WEB 120000 EUR", "120,000"),
        ("project spend #WEB 1200 vendor invoice", "1,200"),
        ("project rag #WEB amber reason:\"vendor late\"", "vendor late"),
        ("program status APOLLO", "APOLLO"),
        ("program load APOLLO", "APOLLO"),
        ("lesson add #WEB book the load test earlier", "Kept as a lesson of WEB"),
        ("lesson list #WEB", "load test"),
        ("risk add Vendor API may slip #WEB p:2 i:3 owner:<@U0003>", "R-1"),
        ("risk list #WEB", "R-1"),
        ("risk list program:APOLLO all", "All risks — APOLLO"),
        ("risk show R-1", "Vendor API may slip"),
        ("risk update R-1 p:3 mitigation:\"second vendor\"", "second vendor"),
        ("risk close R-1 mitigated", "closed"),
        ("risk bands 5 10 15 escalate:15", "15"),
        ("progress WEB-2 60% tests green", "60%"),
        ("approval request schedule Move WEB launch to Jan 15 #WEB approvers:<@U0003>", "A-1"),
        ("approvals pending", "Waiting for your decision"),
        ("approvals mine", "A-1"),
        ("approval show A-1", "Move WEB launch to Jan 15"),
        ("digest subscribe #WEB weekly mon 09:00 tz:Europe/Berlin", "D-1"),
        ("digest list", "D-1"),
        ("digest now #WEB", "Digest"),
        ("digest unsubscribe D-1", "D-1"),
        ("workspace admins", "Workspace admin: Alice."),
        ("workspace admin <@U0002>", "Bob is now a workspace admin."),
        ("workspace admin <@U0002> off", "Bob is no longer a workspace admin."),
        ("task new", "What's the task?"),
        ("cancel", "Cancelled"),
        ("risk new", "?"),
        ("cancel", "Cancelled"),
        ("progress #WEB", "?"),
        ("cancel", "Cancelled"),
        ("approval new", "?"),
        ("cancel", "Cancelled"),
    ];

    [Fact]
    public async Task EveryCommand_RunsThroughTheSlashCommand_WithTheAnswerTeamsWouldGet()
    {
        var alice = fixture.User("U0001", "Alice", channel: "C0800");
        fixture.User("U0002", "Bob");
        fixture.User("U0003", "Dana");

        foreach (var (command, expected) in Script)
        {
            var reply = await alice.SayAsync(command);

            Assert.True(reply.Contains(expected, StringComparison.Ordinal), $"/pm {command} answered: {reply}");
            Assert.DoesNotContain("Sorry, something went wrong", reply, StringComparison.Ordinal);
            Assert.DoesNotContain("Usage", reply, StringComparison.Ordinal);
        }
    }
}
