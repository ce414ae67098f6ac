using System.Data.Common;
using Microsoft.Extensions.Logging;
using ProgramBot.Domain.Common;
using ProgramBot.Infrastructure.Logging;

namespace ProgramBot.Infrastructure.Persistence;

/// <summary>How every provider ends a write transaction.</summary>
internal static class DbTransactions
{
    /// <summary>Commits when <paramref name="shouldCommit"/> says so, rolls back otherwise; returns the result.</summary>
    public static async Task<T> EndAsync<T>(DbTransaction transaction, T result, Func<T, bool> shouldCommit, CancellationToken cancellationToken)
    {
        if (shouldCommit(result))
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }

        return result;
    }

    /// <summary>A unit of work's write commits only when it succeeded; a failure is logged and rolled back.</summary>
    public static Func<Result<T>, bool> CommitOnSuccess<T>(ILogger logger) => result =>
    {
        if (!result.IsSuccess)
        {
            logger.WriteRolledBack(result.Error!.Code);
        }

        return result.IsSuccess;
    };
}
