using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Abstractions;

/// <summary>
/// The way use cases reach the database. Reads may run concurrently; writes run one
/// transaction at a time and are committed only when the work returns a success.
/// </summary>
public interface IDataStore
{
    /// <summary>Runs read-only work on a connection of its own.</summary>
    Task<T> ReadAsync<T>(Func<IUnitOfWork, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Runs work in one transaction. A failed <see cref="Result{T}"/> rolls everything back,
    /// so bad input never leaves half a change behind.
    /// </summary>
    Task<Result<T>> WriteAsync<T>(Func<IUnitOfWork, CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken);
}
