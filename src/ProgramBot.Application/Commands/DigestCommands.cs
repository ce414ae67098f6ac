using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Commands;

/// <summary>
/// <c>digest subscribe [program:KEY|#PROJECT] &lt;daily|weekdays|weekly &lt;day&gt;|cron "&lt;expr&gt;"&gt; [[at] HH:MM] [tz:&lt;zone&gt;] [stakeholders:off]</c>.
/// The schedule words are read by the use case, which knows the sender's zone. A program's digest also goes to the
/// program's stakeholders unless <paramref name="WithoutStakeholders"/>.
/// </summary>
public sealed record DigestSubscribeCommand(EntityKey? Project, EntityKey? Program, IReadOnlyList<string> ScheduleWords, bool WithoutStakeholders = false) : Command
{
    public bool Equals(DigestSubscribeCommand? other) =>
        other is not null && Project == other.Project && Program == other.Program && ScheduleWords.SequenceEqual(other.ScheduleWords)
        && WithoutStakeholders == other.WithoutStakeholders;

    public override int GetHashCode() => HashCode.Combine(Project, Program, ScheduleWords.Count, WithoutStakeholders);
}

/// <summary><c>digest now [program:KEY|#PROJECT]</c>: the digest of a scope, here and now.</summary>
public sealed record DigestNowCommand(EntityKey? Project, EntityKey? Program) : Command;

/// <summary><c>digest list</c>: this conversation's digests.</summary>
public sealed record DigestListCommand : Command;

/// <summary><c>digest unsubscribe D-3</c></summary>
public sealed record DigestUnsubscribeCommand(int Number) : Command;
