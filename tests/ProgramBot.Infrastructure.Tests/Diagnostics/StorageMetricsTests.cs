using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ProgramBot.Infrastructure.Diagnostics;
using ProgramBot.Infrastructure.Tests.Support;

namespace ProgramBot.Infrastructure.Tests.Diagnostics;

public sealed class StorageMetricsTests
{
    [Fact]
    public async Task Commands_CountsEverySqlCommandOfAUnitOfWork_ReadsAndWrites()
    {
        await using var database = await SqliteTestDatabase.CreateMigratedAsync();
        var workspace = await TestWorkspace.CreateAsync(database);
        var meter = database.Services.GetRequiredService<StorageMetrics>().Meter;
        long commands = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter) && instrument.Name == StorageMetrics.CommandsName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref commands, value));
        listener.Start();

        await database.Store.ReadAsync(async (uow, ct) =>
        {
            await uow.Projects.ListAsync(workspace.Id, ct);
            return await uow.Programs.ListAsync(workspace.Id, ct);
        }, CancellationToken.None);
        var afterReads = Interlocked.Read(ref commands);
        await database.Store.WriteAsync<int>(async (uow, ct) => (await uow.Projects.ListAsync(workspace.Id, ct)).Count, CancellationToken.None);

        Assert.Equal(2, afterReads);
        Assert.Equal(3, Interlocked.Read(ref commands));
    }
}
