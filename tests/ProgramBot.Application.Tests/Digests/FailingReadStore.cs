using ProgramBot.Application.Abstractions;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Tests.Digests;

/// <summary>The real store, except that its read number <paramref name="failingRead"/> throws, as a locked or lost database would.</summary>
public sealed class FailingReadStore(IDataStore inner, int failingRead) : IDataStore
{
    private int _reads;

    public Task<T> ReadAsync<T>(Func<IUnitOfWork, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _reads) == failingRead
            ? throw new InvalidOperationException("the database went away")
            : inner.ReadAsync(work, cancellationToken);

    public Task<Result<T>> WriteAsync<T>(Func<IUnitOfWork, CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken) =>
        inner.WriteAsync(work, cancellationToken);
}
