namespace Solutions.LungSurvival.Tests.Cohort;

/// <summary>Plain logistic regression by Newton-Raphson (IRLS), enough to check the cohort's risk model is recoverable.</summary>
internal static class LogisticFit
{
    /// <returns>Intercept first, then one coefficient per column of <paramref name="features"/>.</returns>
    public static double[] Fit(double[][] features, bool[] labels, int iterations = 25)
    {
        var p = features[0].Length + 1;
        var beta = new double[p];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[p];
            var hessian = new double[p, p];
            for (var i = 0; i < features.Length; i++)
            {
                var x = Row(features[i]);
                var eta = 0.0;
                for (var j = 0; j < p; j++)
                {
                    eta += beta[j] * x[j];
                }
                var mu = 1 / (1 + Math.Exp(-eta));
                var w = mu * (1 - mu);
                for (var j = 0; j < p; j++)
                {
                    gradient[j] += ((labels[i] ? 1 : 0) - mu) * x[j];
                    for (var k = 0; k < p; k++)
                    {
                        hessian[j, k] += w * x[j] * x[k];
                    }
                }
            }
            var step = Solve(hessian, gradient);
            for (var j = 0; j < p; j++)
            {
                beta[j] += step[j];
            }
        }
        return beta;
    }

    private static double[] Row(double[] features) => [1, .. features];

    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var row = column + 1; row < n; row++)
            {
                if (Math.Abs(m[row, column]) > Math.Abs(m[pivot, column])) pivot = row;
            }
            for (var k = 0; k < n; k++)
            {
                (m[column, k], m[pivot, k]) = (m[pivot, k], m[column, k]);
            }
            (x[column], x[pivot]) = (x[pivot], x[column]);
            for (var row = column + 1; row < n; row++)
            {
                var factor = m[row, column] / m[column, column];
                for (var k = column; k < n; k++)
                {
                    m[row, k] -= factor * m[column, k];
                }
                x[row] -= factor * x[column];
            }
        }
        for (var row = n - 1; row >= 0; row--)
        {
            for (var k = row + 1; k < n; k++)
            {
                x[row] -= m[row, k] * x[k];
            }
            x[row] /= m[row, row];
        }
        return x;
    }
}
