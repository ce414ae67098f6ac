using System.Globalization;

namespace ProgramBot.Bench.Report;

/// <summary>The median of a few figures with their min and max.</summary>
internal readonly record struct Spread(double Median, double Min, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Spread(double.NaN, double.NaN, double.NaN);
        }

        var mid = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        return new Spread(median, sorted[0], sorted[^1]);
    }

    /// <summary><c>median (min–max)</c>, or just the median when min and max read the same.</summary>
    public string Format(string format)
    {
        string Text(double value) => value.ToString(format, CultureInfo.InvariantCulture);
        return Text(Min) == Text(Max) ? Text(Median) : $"{Text(Median)} ({Text(Min)}–{Text(Max)})";
    }
}
