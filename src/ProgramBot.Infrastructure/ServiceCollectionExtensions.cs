using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Diagnostics;
using ProgramBot.Infrastructure.Health;
using ProgramBot.Infrastructure.Persistence;
using ProgramBot.Infrastructure.Persistence.Migrations;
using ProgramBot.Infrastructure.Persistence.Postgres;
using ProgramBot.Infrastructure.Persistence.Sqlite;
using ProgramBot.Infrastructure.Persistence.TypeHandlers;

namespace ProgramBot.Infrastructure;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers storage: validated <see cref="StorageOptions"/>, the provider's dialect, connections and
    /// write path (SQLite's single writer or PostgreSQL's serializable transactions), <see cref="IDataStore"/>, <see cref="IStateStore"/>,
    /// <see cref="ISlackInboxStore"/>, the
    /// <see cref="MigrationRunner"/> as a hosted service and <see cref="DatabaseReadinessCheck"/>
    /// (the host adds it to its health checks).
    /// </summary>
    public static IServiceCollection AddProgramBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        DapperTypeHandlers.EnsureRegistered();

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Configure(options =>
            {
                if (configuration.GetConnectionString(StorageOptions.ConnectionStringName) is { Length: > 0 } connectionString)
                {
                    options.ConnectionString = connectionString;
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(provider => new StorageMetrics(provider.GetService<IMeterFactory>()));
        if (ProviderOf(configuration) == StorageProvider.Postgres)
        {
            services.AddPostgresProvider();
        }
        else
        {
            services.AddSqliteProvider();
        }

        services.TryAddSingleton<IStateStore, DbStateStore>();
        services.TryAddSingleton<ISlackInboxStore, SlackInboxStore>();

        services.TryAddSingleton(provider => new EmbeddedMigrations(provider.GetRequiredService<ISqlDialect>()));
        services.TryAddSingleton(provider => new MigrationRunner(
            provider.GetRequiredService<IDbSessionSource>(),
            provider.GetRequiredService<ISqlDialect>(),
            provider.GetRequiredService<EmbeddedMigrations>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<MigrationRunner>>()));
        services.AddHostedService(provider => provider.GetRequiredService<MigrationRunner>());
        services.TryAddSingleton(provider => new DatabaseReadinessCheck(
            provider.GetRequiredService<IDbSessionSource>(),
            provider.GetRequiredService<ISqlDialect>(),
            provider.GetRequiredService<EmbeddedMigrations>()));
        return services;
    }

    /// <summary>The configured provider; a value that is not one falls back here and fails validation at start.</summary>
    private static StorageProvider ProviderOf(IConfiguration configuration) =>
        Enum.TryParse<StorageProvider>(configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"], ignoreCase: true, out var provider)
            ? provider
            : StorageProvider.Sqlite;
}
