namespace Solutions.PriceOptimization.Elasticity;

/// <summary>
/// The natural cubic spline basis of one variable (Hastie, Tibshirani and Friedman, ESL eq. 5.4–5.5): linear
/// beyond the outer knots, so it does not swing wildly where data are thin. With K knots it has K − 1 columns
/// (x itself and K − 2 curvature terms); the intercept is left to the caller.
/// </summary>
internal sealed class NaturalCubicSpline
{
    private readonly double[] _knots;

    private NaturalCubicSpline(double[] knots)
    {
        _knots = knots;
    }

    /// <summary>Columns this basis adds: 1 when the knots collapse (a variable with few distinct values).</summary>
    public int Columns => _knots.Length < 3 ? 1 : _knots.Length - 1;

    /// <summary>Knots at evenly spaced quantiles of <paramref name="values"/> (the 0th and 100th included), duplicates dropped.</summary>
    public static NaturalCubicSpline AtQuantiles(IEnumerable<double> values, int knots)
    {
        var sorted = values.Order().ToArray();
        var chosen = Enumerable.Range(0, knots)
            .Select(k => sorted[(int)Math.Round((double)k * (sorted.Length - 1) / (knots - 1))])
            .Distinct()
            .ToArray();
        return new NaturalCubicSpline(chosen);
    }

    public void Write(double x, Span<double> columns)
    {
        columns[0] = x;
        if (_knots.Length < 3)
        {
            return;
        }
        var last = _knots.Length - 1;
        var dLast = D(x, last - 1);
        for (var k = 0; k < last - 1; k++)
        {
            columns[k + 1] = D(x, k) - dLast;
        }
    }

    private double D(double x, int k)
    {
        var last = _knots[^1];
        return (Cube(x - _knots[k]) - Cube(x - last)) / (last - _knots[k]);
    }

    private static double Cube(double v) => v > 0 ? v * v * v : 0;
}
