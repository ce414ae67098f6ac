using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Digests.Schedules;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Digests;

namespace ProgramBot.Application.Digests;

/// <summary>Between stored subscriptions and what people see: schedules and scope names.</summary>
public static class DigestSubscriptions
{
    public static ScheduleSpec ToSpec(DigestSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new ScheduleSpec(schedule.Kind.ToString().ToLowerInvariant(), schedule.Day, schedule.CronText, schedule.At, schedule.ZoneId);
    }

    public static DigestSchedule? ToSchedule(ScheduleSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var kind = Enum.Parse<DigestScheduleKind>(spec.Kind, ignoreCase: true);
        var schedule = DigestSchedule.Create(kind, spec.Day, spec.Cron, spec.At, spec.ZoneId);
        return schedule.IsSuccess ? schedule.Value : null;
    }

    /// <summary>What a subscription covers, as people read it: "project WEB", "program APOLLO".</summary>
    public static async Task<string> ScopeLabelAsync(IUnitOfWork uow, DigestSubscription subscription, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(uow);
        ArgumentNullException.ThrowIfNull(subscription);
        return subscription.Scope.Kind switch
        {
            DigestScopeKind.Program => "program " + (await uow.Programs.FindByIdAsync(subscription.WorkspaceId, subscription.Scope.ProgramId!.Value, ct))?.Key,
            DigestScopeKind.Project => "project " + (await uow.Projects.FindByIdAsync(subscription.WorkspaceId, subscription.Scope.ProjectId!.Value, ct))?.Key,
            _ => "the whole workspace",
        };
    }

    public static async Task<DigestSubscriptionView> ViewAsync(IUnitOfWork uow, DigestSubscription subscription, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var scope = await ScopeLabelAsync(uow, subscription, ct);
        var schedule = ToSchedule(subscription.Schedule);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(subscription.Schedule.ZoneId);
        var next = schedule?.NextAfter(now) is { } slot ? TimeZoneInfo.ConvertTime(slot, zone) : (DateTimeOffset?)null;
        var stakeholders = subscription.ToStakeholders && subscription.Scope.ProgramId is { } programId
            ? (await uow.Portfolio.ListStakeholdersAsync(subscription.WorkspaceId, programId, ct)).Count
            : (int?)null;
        return new DigestSubscriptionView(subscription.Id, scope, schedule?.Describe() ?? subscription.Schedule.Kind, next, subscription.FailingReason, zone, stakeholders);
    }
}
