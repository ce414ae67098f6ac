using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Persistence.Postgres;

namespace ProgramBot.Infrastructure.Tests.Persistence;

public sealed class PostgresRetryTests
{
    private readonly PostgresRetry _retry = new(NullLogger<PostgresRetry>.Instance);

    [Theory]
    [InlineData("40001")]
    [InlineData("40P01")]
    public async Task RunAsync_RunsTheUnitAgain_WhenAConcurrentTransactionWon(string sqlState)
    {
        var attempts = 0;

        var result = await _retry.RunAsync(
            "write", _ => ++attempts < 3 ? throw Failure(sqlState) : Task.FromResult("done"), CancellationToken.None);

        Assert.Equal(("done", 3), (result, attempts));
    }

    [Fact]
    public async Task RunAsync_GivesUpWithStorageUnavailable_AfterTheLastAttempt()
    {
        var attempts = 0;

        var thrown = await Assert.ThrowsAsync<StorageUnavailableException>(() => _retry.RunAsync<int>(
            "write", _ => { attempts++; throw Failure("40001"); }, CancellationToken.None));

        Assert.Equal(PostgresRetry.MaxAttempts, attempts);
        Assert.IsType<PostgresException>(thrown.InnerException);
    }

    [Fact]
    public async Task RunAsync_RunsTheUnitOnce_WhenTheFailureIsNotAConflict()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<PostgresException>(() => _retry.RunAsync<int>(
            "write", _ => { attempts++; throw Failure("23505"); }, CancellationToken.None));

        Assert.Equal(1, attempts);
    }

    private static PostgresException Failure(string sqlState) => new("conflict", "ERROR", "ERROR", sqlState);
}
