using System.Data;
using Dapper;
using ProgramBot.Domain.Common;

namespace ProgramBot.Infrastructure.Persistence.TypeHandlers;

/// <summary>Stores an <see cref="EntityKey"/> as its upper-case text.</summary>
internal sealed class EntityKeyTypeHandler : SqlMapper.TypeHandler<EntityKey>
{
    public override void SetValue(IDbDataParameter parameter, EntityKey value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.DbType = DbType.String;
        parameter.Value = value.Value;
    }

    public override EntityKey Parse(object value)
    {
        var parsed = EntityKey.Parse(value as string, "stored");
        return parsed.IsSuccess
            ? parsed.Value
            : throw new DataException($"The database holds an invalid key: {parsed.Error}");
    }
}
