using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ProgramBot.Application.Abstractions;
using ProgramBot.Infrastructure.Persistence;

namespace ProgramBot.Infrastructure.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IScheduler"/>. With <c>Scheduling:Enabled</c> (the default): Hangfire over
    /// its own SQLite file (or, with PostgreSQL, a schema of the application database shared by every instance), a server polling every <see cref="SchedulingOptions.PollInterval"/>, jobs
    /// activated from DI and <see cref="ScheduledJobRunner"/>. Otherwise a scheduler that refuses.
    /// Call after <see cref="ServiceCollectionExtensions.AddProgramBotStorage"/>.
    /// </summary>
    public static IServiceCollection AddProgramBotScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SchedulingOptions.SectionName);
        services.AddOptions<SchedulingOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>());

        if (!section.GetValue(nameof(SchedulingOptions.Enabled), defaultValue: true))
        {
            services.TryAddSingleton<IScheduler, DisabledScheduler>();
            return services;
        }

        // Storage and activator are ours, per host, before AddHangfire would fall back to the
        // process-wide JobStorage.Current and JobActivator.Current (two hosts in one process, as in
        // the tests, would otherwise share the last one configured).
        services.TryAddSingleton<JobStorage>(CreateStorage);
        services.TryAddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((provider, config) => config
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((provider, server) =>
        {
            var options = provider.GetRequiredService<IOptions<SchedulingOptions>>().Value;
            server.SchedulePollingInterval = options.PollInterval;
            server.WorkerCount = options.WorkerCount;
            server.ShutdownTimeout = options.ShutdownTimeout;
        });

        services.TryAddTransient<ScheduledJobRunner>();
        services.TryAddSingleton<IScheduler, HangfireScheduler>();
        services.AddHostedService<DigestScheduleSync>();
        services.AddHostedService<ClaimRecoverySweep>();
        return services;
    }

    private static JobStorage CreateStorage(IServiceProvider provider)
    {
        var scheduling = provider.GetRequiredService<IOptions<SchedulingOptions>>().Value;
        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        return storage.Provider == StorageProvider.Postgres
            ? CreatePostgresStorage(provider, scheduling, storage)
            : CreateSqliteStorage(provider, scheduling, storage);
    }

    /// <summary>
    /// Hangfire.PostgreSql: each job is fetched by one server with a row lock, recurring jobs are scheduled under
    /// a distributed lock, so with several instances every job runs once, on whichever instance is free.
    /// </summary>
    private static PostgreSqlStorage CreatePostgresStorage(IServiceProvider provider, SchedulingOptions scheduling, StorageOptions storage)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = scheduling.PostgresSchema,
            QueuePollInterval = scheduling.PollInterval,
            PrepareSchemaIfNecessary = true,
        };
        SchedulingLog.PostgresStorageOpened(provider.GetRequiredService<ILogger<PostgreSqlStorage>>(), scheduling.PostgresSchema);
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(storage.ConnectionString, options), options);
    }

    private static SQLiteStorage CreateSqliteStorage(IServiceProvider provider, SchedulingOptions scheduling, StorageOptions storage)
    {
        var path = SchedulingStoragePath.Resolve(scheduling, storage);
        if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        SchedulingLog.StorageOpened(provider.GetRequiredService<ILogger<SQLiteStorage>>(), path);
        return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = scheduling.PollInterval });
    }
}
