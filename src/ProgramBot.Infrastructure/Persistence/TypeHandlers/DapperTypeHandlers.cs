using Dapper;

namespace ProgramBot.Infrastructure.Persistence.TypeHandlers;

/// <summary>
/// Registers our Dapper type handlers. Dapper's mapper is process-wide by design, so this
/// runs once per process no matter how many service providers (hosts, tests) call it; callers
/// that race the first one wait until registration is complete.
/// </summary>
public static class DapperTypeHandlers
{
    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        // Dapper consults its built-in type map before handlers when binding parameters, so
        // the built-in entries must go for the handlers to decide the stored text format.
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.RemoveTypeMap(typeof(DateOnly));
        SqlMapper.RemoveTypeMap(typeof(DateOnly?));
        SqlMapper.AddTypeHandler(new DateTimeOffsetTypeHandler());
        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        SqlMapper.AddTypeHandler(new EntityKeyTypeHandler());
        return true;
    }
}
