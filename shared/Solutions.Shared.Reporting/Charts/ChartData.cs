using System.Globalization;

namespace Solutions.Shared.Reporting.Charts;

/// <summary>Checks chart inputs up front so a bad array fails with a message naming the chart, the series and the index.</summary>
internal static class ChartData
{
    public static double[] Finite(IReadOnlyList<double>? values, string chart, string name, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count == 0 && !allowEmpty)
        {
            throw new ArgumentException($"{chart}: '{name}' is empty; at least one value is needed.", name);
        }

        var copy = new double[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var value = values[i];
            if (!double.IsFinite(value))
            {
                throw new ArgumentException(
                    $"{chart}: '{name}'[{i}] is {value.ToString(CultureInfo.InvariantCulture)}; every value must be a finite number.", name);
            }

            copy[i] = value;
        }

        return copy;
    }

    public static void SameLength(string chart, string firstName, int firstCount, string secondName, int secondCount)
    {
        if (firstCount != secondCount)
        {
            throw new ArgumentException(
                $"{chart}: '{firstName}' has {firstCount} values but '{secondName}' has {secondCount}; they pair up point by point.");
        }
    }

    public static double Scalar(double value, string chart, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException(
                $"{chart}: '{name}' is {value.ToString(CultureInfo.InvariantCulture)}; it must be a finite number.", name);
        }

        return value;
    }

    public static string[] Names(IReadOnlyList<string>? names, string chart, string name, int expectedCount)
    {
        ArgumentNullException.ThrowIfNull(names, name);
        if (names.Count != expectedCount)
        {
            throw new ArgumentException($"{chart}: '{name}' has {names.Count} entries but {expectedCount} are needed.", name);
        }

        return names.Select(n => n ?? string.Empty).ToArray();
    }
}
