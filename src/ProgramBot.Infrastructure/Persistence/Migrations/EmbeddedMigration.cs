namespace ProgramBot.Infrastructure.Persistence.Migrations;

/// <summary>One numbered SQL script embedded in this assembly, such as <c>0001_initial.sql</c>.</summary>
internal sealed record EmbeddedMigration(int Version, string Name, string Sql);
