using System.Globalization;
using ProgramBot.Application.Views;

namespace ProgramBot.Bot.Rendering;

public static class DigestText
{
    public static string Line(DigestSubscriptionView digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var next = digest.NextRun is { } at
            ? " · next " + at.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture)
            : string.Empty;
        var failing = digest.FailingReason is { } reason ? $" · **failing**: {reason}" : string.Empty;
        var stakeholders = digest.Stakeholders switch
        {
            null => string.Empty,
            0 => " · and to the program's stakeholders (none named yet: `program stakeholders KEY @a @b`)",
            1 => " · and to the program's 1 stakeholder",
            var n => $" · and to the program's {n} stakeholders",
        };
        return $"**{digest.Id}** {digest.Scope}, {digest.Schedule}{next}{stakeholders}{failing}";
    }

    public static string Subscribed(DigestSubscribedView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return $"Subscribed this conversation: {Line(view.Subscription)}. Stop it with `digest unsubscribe {view.Subscription.Id}`.";
    }

    public static string List(DigestListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Items.Count == 0
            ? "No digests in this conversation. Start one with `digest subscribe #WEB weekly mon 09:00`."
            : "Digests here:\n" + string.Join('\n', view.Items.Select(d => "- " + Line(d)));
    }
}
