namespace ProgramBot.Application.Views;

/// <summary>One digest subscription as people see it; <see cref="NextRun"/> is in <see cref="TimeZone"/>.</summary>
public sealed record DigestSubscriptionView(
    string Id, string Scope, string Schedule, DateTimeOffset? NextRun, string? FailingReason, TimeZoneInfo TimeZone);
