using ProgramBot.Application.Abstractions;
using ProgramBot.Application.Views;
using ProgramBot.Domain.Common;

namespace ProgramBot.Application.Conversations;

/// <summary>The one way a command changes data.</summary>
public static class CommandChange
{
    /// <summary>
    /// Runs the change in one transaction after claiming the delivered activity, so a
    /// re-delivery changes nothing; a failed result rolls everything back and becomes the
    /// reason plus the usage of <paramref name="verbPath"/>.
    /// </summary>
    public static async Task<View> ChangeAsync(
        this IDataStore store,
        CommandContext context,
        string verbPath,
        Func<IUnitOfWork, CancellationToken, Task<Result<View>>> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(change);
        var result = await store.WriteAsync(
            async (uow, ct) => await ActivityClaim.ClaimAsync(uow, context, ct) is { } duplicate ? duplicate : await change(uow, ct),
            cancellationToken);
        return Outcome.ToView(result, verbPath);
    }
}
