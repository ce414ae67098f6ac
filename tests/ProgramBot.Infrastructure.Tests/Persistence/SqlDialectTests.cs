using ProgramBot.Infrastructure.Persistence.Postgres;
using ProgramBot.Infrastructure.Persistence.Sqlite;

namespace ProgramBot.Infrastructure.Tests.Persistence;

public sealed class SqlDialectTests
{
    [Theory]
    [InlineData("SELECT 1 FROM t WHERE id IN @Ids;", "SELECT 1 FROM t WHERE id = ANY(@Ids);")]
    [InlineData("WHERE a IN @A AND b in\n  @B_2", "WHERE a = ANY(@A) AND b = ANY(@B_2)")]
    [InlineData("WHERE status IN (0, 1) AND id IN (SELECT id FROM t)", "WHERE status IN (0, 1) AND id IN (SELECT id FROM t)")]
    public void Prepare_TurnsDapperListsIntoArrays_ForPostgres(string sql, string expected)
    {
        Assert.Equal(expected, new PostgresDialect().Prepare(sql));
    }

    [Fact]
    public void Prepare_LeavesSqlAlone_ForSqlite()
    {
        const string Sql = "SELECT 1 FROM t WHERE id IN @Ids;";

        Assert.Same(Sql, new SqliteDialect().Prepare(Sql));
    }
}
