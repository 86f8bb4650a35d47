using MathNet.Numerics.LinearAlgebra;

namespace Solutions.LungSurvival.Training.Model;

/// <summary>
/// Principal components of standardised (already centred) training rows, from a singular value decomposition:
/// keeps the fewest leading components whose share of the variance reaches the target.
/// </summary>
/// <param name="Components">The kept directions, one row of feature weights per component.</param>
/// <param name="ExplainedVarianceRatio">Every component's share of the total variance, largest first (not only the kept ones).</param>
public sealed record PrincipalComponents(IReadOnlyList<double[]> Components, IReadOnlyList<double> ExplainedVarianceRatio)
{
    public const double DefaultVarianceToKeep = 0.95;

    public int Count => Components.Count;

    /// <summary>The share of the variance the kept components explain.</summary>
    public double KeptVariance => ExplainedVarianceRatio.Take(Count).Sum();

    /// <param name="rows">Centred rows, e.g. <see cref="Standardiser.Transform"/>'s output on the training rows.</param>
    /// <param name="varianceToKeep">In (0, 1]. The default value is 0.95.</param>
    public static PrincipalComponents Fit(IReadOnlyList<double[]> rows, double varianceToKeep = DefaultVarianceToKeep)
    {
        if (!(varianceToKeep > 0 && varianceToKeep <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(varianceToKeep), varianceToKeep, "The share of variance to keep must be in (0, 1].");
        }
        var matrix = Matrix<double>.Build.DenseOfRowArrays(rows);
        var svd = matrix.Svd(computeVectors: true);
        var variances = svd.S.Select(s => s * s).ToArray();
        var total = variances.Sum();
        if (total <= 0)
        {
            // Every feature constant: one null component keeps the shapes valid and the model at its intercept.
            return new PrincipalComponents([new double[matrix.ColumnCount]], [1.0]);
        }
        var ratios = variances.Select(v => v / total).ToArray();
        var kept = 0;
        // The small tolerance keeps a target of exactly 1 reachable despite rounding.
        for (var cumulative = 0.0; kept < ratios.Length && cumulative < varianceToKeep - 1e-12; kept++)
        {
            cumulative += ratios[kept];
        }
        var components = Enumerable.Range(0, kept).Select(k => svd.VT.Row(k).ToArray()).ToArray();
        return new PrincipalComponents(components, ratios);
    }

    public double[] Transform(double[] row)
    {
        var scores = new double[Count];
        for (var k = 0; k < Count; k++)
        {
            var component = Components[k];
            if (component.Length != row.Length)
            {
                throw new ArgumentException($"The row has {row.Length} features; the components were fitted on {component.Length}.", nameof(row));
            }
            var sum = 0.0;
            for (var c = 0; c < row.Length; c++)
            {
                sum += component[c] * row[c];
            }
            scores[k] = sum;
        }
        return scores;
    }
}
