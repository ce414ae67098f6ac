using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Logging;

namespace ProgramBot.Infrastructure.Persistence.Postgres;

internal static class PostgresServiceCollectionExtensions
{
    /// <summary>The shared-server provider: one <see cref="NpgsqlDataSource"/> (its pool) per host, serializable writes.</summary>
    public static IServiceCollection AddPostgresProvider(this IServiceCollection services)
    {
        services.TryAddSingleton(CreateDataSource);
        services.TryAddSingleton<PostgresDialect>();
        services.TryAddSingleton<ISqlDialect>(provider => provider.GetRequiredService<PostgresDialect>());
        services.TryAddSingleton<PostgresRetry>();
        services.TryAddSingleton<PostgresSessionSource>();
        services.TryAddSingleton<IDbSessionSource>(provider => provider.GetRequiredService<PostgresSessionSource>());
        services.TryAddSingleton<IDataStore, PostgresDataStore>();
        return services;
    }

    private static NpgsqlDataSource CreateDataSource(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        var loggers = provider.GetRequiredService<ILoggerFactory>();
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        builder.UseLoggerFactory(loggers);
        loggers.CreateLogger<PostgresSessionSource>().PostgresSelected(
            builder.ConnectionStringBuilder.Database ?? "(default)", builder.ConnectionStringBuilder.Host ?? "(default)");
        return builder.Build();
    }
}
