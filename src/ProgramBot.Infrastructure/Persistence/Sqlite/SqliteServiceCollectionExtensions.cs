using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProgramBot.Application.Abstractions;

namespace ProgramBot.Infrastructure.Persistence.Sqlite;

internal static class SqliteServiceCollectionExtensions
{
    /// <summary>The embedded provider: pooled connections, one in-process writer, busy retries.</summary>
    public static IServiceCollection AddSqliteProvider(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteDialect>();
        services.TryAddSingleton<ISqlDialect>(provider => provider.GetRequiredService<SqliteDialect>());
        services.TryAddSingleton<SqliteConnectionFactory>();
        services.TryAddSingleton<SqliteBusyRetry>();
        services.TryAddSingleton<SqliteWriter>();
        services.TryAddSingleton<IDbSessionSource, SqliteSessionSource>();
        services.TryAddSingleton<IDataStore, SqliteDataStore>();
        return services;
    }
}
