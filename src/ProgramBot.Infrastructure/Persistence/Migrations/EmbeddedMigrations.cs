using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ProgramBot.Infrastructure.Persistence.Migrations;

/// <summary>The provider's embedded migration scripts, in version order.</summary>
internal sealed partial class EmbeddedMigrations
{
    public EmbeddedMigrations(ISqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var prefix = $"{typeof(EmbeddedMigrations).Namespace}.{dialect.MigrationFolder}.";
        All = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name => Load(assembly, name, name[prefix.Length..]))
            .OrderBy(migration => migration.Version)
            .ToList();
        if (All.Count == 0 || All.Select(m => m.Version).Distinct().Count() != All.Count)
        {
            throw new InvalidOperationException($"The {dialect.MigrationFolder} migrations are missing or share a version number.");
        }
    }

    public IReadOnlyList<EmbeddedMigration> All { get; }

    public int LatestVersion => All[^1].Version;

    private static EmbeddedMigration Load(Assembly assembly, string resourceName, string fileName)
    {
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidOperationException($"Migration '{fileName}' must be named like 0001_initial.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration resource '{resourceName}' cannot be read.");
        using var reader = new StreamReader(stream);
        var version = int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        return new EmbeddedMigration(version, match.Groups[2].Value, reader.ReadToEnd());
    }

    [GeneratedRegex("^([0-9]{4})_([A-Za-z0-9_]+)\\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
