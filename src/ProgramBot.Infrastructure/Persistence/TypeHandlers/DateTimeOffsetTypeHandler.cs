using System.Data;
using System.Globalization;
using Dapper;

namespace ProgramBot.Infrastructure.Persistence.TypeHandlers;

/// <summary>Stores instants as UTC ISO-8601 text ("O") so text order is time order.</summary>
internal sealed class DateTimeOffsetTypeHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.DbType = DbType.String;
        parameter.Value = Format(value);
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        string text => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        DateTimeOffset instant => instant,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        _ => throw new DataException($"Cannot read a {value.GetType().Name} as a DateTimeOffset."),
    };

    public static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
