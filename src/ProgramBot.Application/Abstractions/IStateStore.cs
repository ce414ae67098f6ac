namespace ProgramBot.Application.Abstractions;

/// <summary>
/// Durable key/value store for bot state (dialog stacks, settings) with optimistic concurrency.
/// Values are JSON text without type names.
/// </summary>
public interface IStateStore
{
    Task<IReadOnlyDictionary<string, StateEntry>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes all or nothing. A write whose <see cref="StateWrite.ExpectedETag"/> is null or
    /// <c>*</c> overwrites; otherwise the stored ETag must match (a missing row is a conflict).
    /// </summary>
    Task<StateWriteOutcome> WriteAsync(IReadOnlyList<StateWrite> writes, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
