using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Reminders;
using ProgramBot.Application.Tests.UseCases;

namespace ProgramBot.Application.Tests.Reminders;

/// <summary>Builds the reminder job over a harness's store and clock, with a given messenger and lease.</summary>
public static class ReminderJobs
{
    public static ReminderJob Create(UseCaseHarness app, IProactiveMessenger messenger, TimeSpan? lease = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = new ReminderOptions();
        options.ClaimLease = lease ?? options.ClaimLease;
        return new ReminderJob(
            app.Store, messenger, new ReminderClaimRecovery(app.Store, NullLogger<ReminderClaimRecovery>.Instance), app.Clock, Options.Create(options),
            NullLogger<ReminderJob>.Instance);
    }
}
