namespace ProgramBot.Application.Abstractions;

/// <summary>A conversation's default project, so <c>#PROJECT</c> may be left out there.</summary>
public interface IChannelBindingRepository
{
    Task<long?> FindProjectIdAsync(long workspaceId, string conversationId, CancellationToken cancellationToken);

    Task BindAsync(long workspaceId, string conversationId, long projectId, long boundBy, DateTimeOffset now, CancellationToken cancellationToken);
}
