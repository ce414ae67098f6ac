using Microsoft.Extensions.Time.Testing;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Tests.Support;

/// <summary>A migrated test database of one provider, wired through AddProgramBotStorage: what the storage suites use.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    FakeTimeProvider Time { get; }

    IServiceProvider Services { get; }

    IDataStore Store { get; }

    IStateStore StateStore { get; }

    /// <summary>Runs work in a write that must succeed and returns its value.</summary>
    Task<T> WriteValueAsync<T>(Func<IUnitOfWork, Task<T>> work);

    Task<T> ReadAsync<T>(Func<IUnitOfWork, Task<T>> work);

    /// <summary>Raw access for set-up and assertions about what is stored, bypassing the repositories.</summary>
    Task<T?> ScalarAsync<T>(string sql);
}
