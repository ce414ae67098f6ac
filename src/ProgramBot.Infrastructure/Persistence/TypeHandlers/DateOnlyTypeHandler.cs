using System.Data;
using System.Globalization;
using Dapper;

namespace ProgramBot.Infrastructure.Persistence.TypeHandlers;

/// <summary>Stores calendar dates as yyyy-MM-dd text, so text order is date order.</summary>
internal sealed class DateOnlyTypeHandler : SqlMapper.TypeHandler<DateOnly>
{
    public const string Format = "yyyy-MM-dd";

    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.DbType = DbType.String;
        parameter.Value = value.ToString(Format, CultureInfo.InvariantCulture);
    }

    public override DateOnly Parse(object value) => value switch
    {
        string text => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture),
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        _ => throw new DataException($"Cannot read a {value.GetType().Name} as a DateOnly."),
    };
}
