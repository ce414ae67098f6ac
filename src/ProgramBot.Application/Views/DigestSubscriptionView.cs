namespace ProgramBot.Application.Views;

/// <summary>
/// One digest subscription as people see it; <see cref="NextRun"/> is in <see cref="TimeZone"/>. <see cref="Stakeholders"/>
/// is how many of the program's stakeholders get it in their personal chats too (null when it goes here only).
/// </summary>
public sealed record DigestSubscriptionView(
    string Id, string Scope, string Schedule, DateTimeOffset? NextRun, string? FailingReason, TimeZoneInfo TimeZone, int? Stakeholders = null);
