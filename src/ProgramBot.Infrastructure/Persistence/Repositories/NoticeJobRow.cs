using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence.Repositories;

/// <summary>A <c>notice_jobs</c> row as Dapper reads it.</summary>
internal sealed class NoticeJobRow
{
    public long Id { get; set; }

    public long WorkspaceId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public string Argument { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? QueuedAt { get; set; }

    public long Queued { get; set; }

    public NoticeJob ToJob() => new(Id, WorkspaceId, Kind, Argument, CreatedAt, QueuedAt, (int)Queued);
}
