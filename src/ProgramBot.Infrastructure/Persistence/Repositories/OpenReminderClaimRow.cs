using System.Globalization;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>A row of <c>reminder_slots</c> whose attempt is open, with its project's key when the project still exists.</summary>
internal sealed class OpenReminderClaimRow
{
    public long WorkspaceId { get; set; }

    public long ProjectId { get; set; }

    public long TaskNumber { get; set; }

    public string Kind { get; set; } = string.Empty;

    public DateOnly DueDate { get; set; }

    public string? ProjectKey { get; set; }

    public long MemberId { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    public long Claims { get; set; }

    public OpenReminderClaim ToOpenClaim()
    {
        var number = (int)TaskNumber;
        var taskId = string.Create(CultureInfo.InvariantCulture, $"{ProjectKey ?? "?"}-{number}");
        return new OpenReminderClaim(new ReminderSlot(WorkspaceId, ProjectId, number, Kind, DueDate), taskId, MemberId, ClaimedAt, (int)Claims);
    }
}
