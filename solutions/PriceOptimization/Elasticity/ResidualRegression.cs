using MathNet.Numerics.LinearAlgebra;

namespace Solutions.PriceOptimization.Elasticity;

/// <summary>
/// The final stage of DML: solve the orthogonal moment mean(z (r − xᵀθ)) = 0 for θ, where r is the outcome
/// residual, x the price term and z the price residual (times [1, w − w̄] for a heterogeneous elasticity), with
/// the heteroskedasticity-robust sandwich covariance J⁻¹ Ω J⁻ᵀ / n, J = mean(z xᵀ), Ω = mean(ψ ψᵀ),
/// ψ = z (r − xᵀθ). With x = z it is the residual-on-residual regression of the partialling-out score.
/// </summary>
public static class ResidualRegression
{
    /// <summary>Partialling-out: the slope Σ ṽũ / Σ ṽ² of the outcome residual on the price residual, and its sandwich variance.</summary>
    public static (double Theta, double Variance) Slope(IReadOnlyList<double> outcomeResidual, IReadOnlyList<double> priceResidual)
    {
        double[][] rows = [.. priceResidual.Select(v => new[] { v })];
        var (theta, covariance) = Solve(outcomeResidual, rows, rows);
        return (theta[0], covariance[0, 0]);
    }

    /// <summary>Solves mean(z (r − xᵀθ)) = 0 with one row of x and of z per observation.</summary>
    public static (double[] Theta, double[,] Covariance) Solve(
        IReadOnlyList<double> outcome, IReadOnlyList<double[]> regressors, IReadOnlyList<double[]> instruments)
    {
        var n = outcome.Count;
        var x = Matrix<double>.Build.DenseOfRowArrays(regressors);
        var z = Matrix<double>.Build.DenseOfRowArrays(instruments);
        var r = Vector<double>.Build.DenseOfEnumerable(outcome);
        var j = z.TransposeThisAndMultiply(x) / n;
        var theta = j.Solve(z.TransposeThisAndMultiply(r) / n);
        var residual = r - x * theta;
        var scores = z.Clone();
        for (var i = 0; i < n; i++)
        {
            scores.SetRow(i, z.Row(i) * residual[i]);
        }
        var omega = scores.TransposeThisAndMultiply(scores) / n;
        var jInverse = j.Inverse();
        var covariance = jInverse * omega * jInverse.Transpose() / n;
        return (theta.ToArray(), covariance.ToArray());
    }
}
