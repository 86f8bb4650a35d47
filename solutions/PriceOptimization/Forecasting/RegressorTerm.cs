namespace Solutions.PriceOptimization.Forecasting;

/// <summary>An extra regressor and the standardization Prophet's <c>standardize='auto'</c> chose for it.</summary>
/// <param name="Name">The regressor's name in the input.</param>
/// <param name="Mean">Subtracted before scaling; 0 when not standardized.</param>
/// <param name="Scale">The sample standard deviation (n − 1), or 1 when not standardized.</param>
internal sealed record RegressorTerm(string Name, double Mean, double Scale)
{
    public double Standardize(double value) => (value - Mean) / Scale;

    /// <summary>Standardizes unless the values are constant or binary 0/1, as Prophet's <c>'auto'</c>.</summary>
    public static RegressorTerm Create(string name, IReadOnlyList<double> values)
    {
        var distinct = values.Distinct().Take(3).ToArray();
        var binary = distinct.Length == 2 && distinct.Contains(0.0) && distinct.Contains(1.0);
        if (distinct.Length < 2 || binary)
        {
            return new RegressorTerm(name, 0, 1);
        }

        var mean = values.Average();
        double squares = 0;
        foreach (var value in values)
        {
            squares += (value - mean) * (value - mean);
        }

        return new RegressorTerm(name, mean, Math.Sqrt(squares / (values.Count - 1)));
    }
}
