using ProgramBot.Infrastructure.Persistence;
using ProgramBot.Infrastructure.Scheduling;

namespace ProgramBot.Infrastructure.Tests.Scheduling;

public sealed class SchedulingStoragePathTests
{
    [Fact]
    public void Resolve_PutsHangfireFileBesideDatabase_WhenNothingIsConfigured()
    {
        var storage = new StorageOptions { ConnectionString = "Data Source=/srv/bot/data/programbot.db" };

        var path = SchedulingStoragePath.Resolve(new SchedulingOptions(), storage);

        Assert.Equal("/srv/bot/data/programbot-hangfire.db", path);
    }

    [Fact]
    public void Resolve_ResolvesRelativeDatabaseFolder_WhenDatabasePathIsRelative()
    {
        var path = SchedulingStoragePath.Resolve(new SchedulingOptions(), new StorageOptions());

        Assert.Equal(Path.GetFullPath(Path.Combine("data", "programbot-hangfire.db")), path);
    }

    [Theory]
    [InlineData("/var/jobs/hangfire.db")]
    [InlineData("Data Source=/var/jobs/hangfire.db")]
    public void Resolve_UsesConfiguredFile_WhenStorageConnectionStringIsSet(string configured)
    {
        var scheduling = new SchedulingOptions { StorageConnectionString = configured };

        var path = SchedulingStoragePath.Resolve(scheduling, new StorageOptions());

        Assert.Equal("/var/jobs/hangfire.db", path);
    }

    [Fact]
    public void Resolve_Throws_WhenDatabaseIsInMemoryAndNoFileIsConfigured()
    {
        var storage = new StorageOptions { ConnectionString = "Data Source=:memory:" };

        Assert.Throws<InvalidOperationException>(() => SchedulingStoragePath.Resolve(new SchedulingOptions(), storage));
    }
}
