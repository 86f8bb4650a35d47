using System.Globalization;

namespace Solutions.Shared.Evaluation;

/// <summary>Argument checks shared by the evaluators, so every one words its errors the same way.</summary>
internal static class InputValidation
{
    /// <summary>Requires two non-null, non-empty lists with one entry per row each.</summary>
    public static void RequirePairedRows<TFirst, TSecond>(
        IReadOnlyList<TFirst>? first, string firstName, IReadOnlyList<TSecond>? second, string secondName)
    {
        ArgumentNullException.ThrowIfNull(first, firstName);
        ArgumentNullException.ThrowIfNull(second, secondName);
        if (first.Count != second.Count)
        {
            throw new ArgumentException(
                $"{firstName} has {first.Count} rows but {secondName} has {second.Count}; expected the same number of rows in both.",
                secondName);
        }

        if (first.Count == 0)
        {
            throw new ArgumentException($"{firstName} and {secondName} are empty; expected at least one row.", firstName);
        }
    }

    public static void RequireFinite(IReadOnlyList<double> values, string name)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{name}[{i}] is {values[i].ToString(CultureInfo.InvariantCulture)}; expected a finite number.", name);
            }
        }
    }
}
