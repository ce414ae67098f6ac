using Microsoft.Data.Sqlite;
using ProgramBot.Application.Abstractions;
using ProgramBot.Bench.Servers;
using ProgramBot.Bench.Workloads;
using ProgramBot.Domain.Common;
using ProgramBot.Domain.Projects;
using ProgramBot.Domain.WorkItems;
using ProgramBot.Infrastructure.Persistence.Migrations;
using ProgramBot.Web.Hosting;

namespace ProgramBot.Bench.Seeding;

/// <summary>
/// Builds the seeded database through ProgramBot's own services: the migrations, then one write
/// transaction with the workspace, a member, 20 projects, 10,000 tasks with due dates and the
/// pending approvals the approval-click workload decides.
/// </summary>
internal static class Seeder
{
    public static async Task SeedAsync(string databasePath, TimeProvider clock, CancellationToken cancellationToken)
    {
        var app = ProgramBotHost.Build([.. ServeRunner.CommonArgs, "--ConnectionStrings:ProgramBot=Data Source=" + databasePath]);
        await using (app)
        {
            await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
            var store = app.Services.GetRequiredService<IDataStore>();
            var seeded = await store.WriteAsync((uow, ct) => SeedAsync(uow, clock.GetUtcNow(), ct), cancellationToken);
            if (!seeded.IsSuccess)
            {
                throw new InvalidOperationException("Seeding failed: " + seeded.Error);
            }
        }

        await CheckpointAsync(databasePath, cancellationToken);
    }

    private static async Task<Result<int>> SeedAsync(IUnitOfWork uow, DateTimeOffset now, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var workspace = await uow.Workspaces.GetOrAddAsync(BenchData.Tenant, "UTC", now, ct);
        var owner = await uow.Members.UpsertAsync(workspace.Id, "29:bench-owner", "Bench Owner", null, now, ct);
        var projects = new List<Project>(BenchData.ProjectCount);
        for (var p = 0; p < BenchData.ProjectCount; p++)
        {
            var key = EntityKey.Parse(BenchData.ProjectKey(p), "project").Value;
            var project = Project.Create(workspace.Id, key, "Bench project " + key, null, owner.Id, today, today.AddDays(365), now);
            projects.Add(await uow.Projects.AddAsync(project.Value, ct));
        }

        for (var t = 0; t < BenchData.TaskCount; t++)
        {
            var project = projects[t % projects.Count];
            var number = await uow.Projects.TakeNextTaskNumberAsync(workspace.Id, project.Id, ct);
            var item = WorkItemFactory.Create(
                workspace.Id, project.Id, new WorkItemId(project.Key, number), "Seeded task " + number, t % 3 == 0 ? owner.Id : null,
                today.AddDays(t % 120), Priority.Medium, owner.Id, today, now);
            if (!item.IsSuccess)
            {
                return item.Error!;
            }

            await uow.WorkItems.AddAsync(item.Value, ct);
        }

        return await ApprovalSeed.AddAsync(uow, workspace.Id, owner.Id, projects[0].Id, now, ct);
    }

    /// <summary>Folds the WAL into the main file, so copying the one file copies all the data.</summary>
    public static async Task CheckpointAsync(string databasePath, CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        await using (var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        SqliteConnection.ClearAllPools();
    }
}
