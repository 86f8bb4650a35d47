using MathNet.Numerics.LinearAlgebra;

namespace Solutions.PriceOptimization.Elasticity;

/// <summary>
/// Ridge regression on standardized columns with an unpenalized intercept, its penalty chosen by generalized
/// cross-validation (Golub, Heath and Wahba 1979) over a log grid. One eigendecomposition of XᵀX serves every
/// penalty, so the choice costs little more than one fit.
/// </summary>
internal sealed class RidgeRegression
{
    private readonly double[] _means;
    private readonly double[] _scales;
    private readonly double[] _weights;
    private readonly double _intercept;

    private RidgeRegression(double[] means, double[] scales, double[] weights, double intercept)
    {
        _means = means;
        _scales = scales;
        _weights = weights;
        _intercept = intercept;
    }

    public static RidgeRegression Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> target)
    {
        var n = rows.Count;
        var p = rows[0].Length;
        var means = new double[p];
        var scales = new double[p];
        for (var j = 0; j < p; j++)
        {
            var mean = 0.0;
            for (var i = 0; i < n; i++)
            {
                mean += rows[i][j];
            }
            mean /= n;
            var ss = 0.0;
            for (var i = 0; i < n; i++)
            {
                ss += (rows[i][j] - mean) * (rows[i][j] - mean);
            }
            means[j] = mean;
            // A constant column (a flag never set in this fold) gets weight 0 instead of a division by zero.
            scales[j] = ss > 1e-12 ? Math.Sqrt(ss / n) : double.PositiveInfinity;
        }
        var x = Matrix<double>.Build.Dense(n, p, (i, j) => (rows[i][j] - means[j]) / scales[j]);
        var yMean = target.Average();
        var y = Vector<double>.Build.Dense(n, i => target[i] - yMean);

        var eigen = x.TransposeThisAndMultiply(x).Evd(Symmetricity.Symmetric);
        var values = eigen.EigenValues.Select(v => Math.Max(v.Real, 0)).ToArray();
        var q = eigen.EigenVectors;
        var qxy = q.TransposeThisAndMultiply(x.TransposeThisAndMultiply(y));
        var yy = y.DotProduct(y);

        Vector<double>? best = null;
        var bestScore = double.PositiveInfinity;
        for (var step = -4.0; step <= 4.0; step += 0.25)
        {
            var lambda = n * Math.Pow(10, step) / 100;
            var shrunk = Vector<double>.Build.Dense(p, j => qxy[j] / (values[j] + lambda));
            // ‖y − Xβ‖² in the eigenbasis: yᵀy − Σ c²(2/(v+λ) − v/(v+λ)²), c = QᵀXᵀy.
            var rss = yy - Enumerable.Range(0, p).Sum(j => qxy[j] * qxy[j] * (2 / (values[j] + lambda) - values[j] / Math.Pow(values[j] + lambda, 2)));
            var df = values.Sum(v => v / (v + lambda));
            var gcv = rss / n / Math.Pow(1 - df / n, 2);
            if (gcv < bestScore && df < n)
            {
                bestScore = gcv;
                best = q * shrunk;
            }
        }
        return new RidgeRegression(means, scales, best!.ToArray(), yMean);
    }

    public double Predict(double[] row)
    {
        var sum = _intercept;
        for (var j = 0; j < row.Length; j++)
        {
            sum += _weights[j] * (row[j] - _means[j]) / _scales[j];
        }
        return sum;
    }
}
