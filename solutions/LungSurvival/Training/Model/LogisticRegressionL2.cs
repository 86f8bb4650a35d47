using MathNet.Numerics.LinearAlgebra;

namespace Solutions.LungSurvival.Training.Model;

/// <summary>
/// Logistic regression with an L2 penalty on the weights (not the intercept), fitted by Newton's method:
/// minimises Σ log-loss + λ/2 ‖w‖². On principal-component scores this is ridge-penalised logistic regression on the kept subspace.
/// </summary>
public sealed record LogisticRegressionL2(string Name, double Lambda, double Intercept, IReadOnlyList<double> Weights) : ISurvivalClassifier
{
    private const int MaximumIterations = 100;

    public static LogisticRegressionL2 Fit(string name, IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels, double lambda)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lambda);
        var n = rows.Count;
        var p = rows[0].Length + 1; // coefficient 0 is the intercept
        var x = Matrix<double>.Build.Dense(n, p, (i, j) => j == 0 ? 1 : rows[i][j - 1]);
        var y = Vector<double>.Build.Dense(n, i => labels[i] ? 1 : 0);
        var penalty = Vector<double>.Build.Dense(p, j => j == 0 ? 0 : lambda);
        var beta = Vector<double>.Build.Dense(p);
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            var probability = (x * beta).Map(Sigmoid);
            var gradient = x.TransposeThisAndMultiply(probability - y) + penalty.PointwiseMultiply(beta);
            var weights = probability.Map(q => Math.Max(q * (1 - q), 1e-10));
            var hessian = x.TransposeThisAndMultiply(x.MapIndexed((i, _, v) => v * weights[i]));
            // A tiny ridge on the intercept too keeps the Hessian invertible when one class is separable.
            hessian += Matrix<double>.Build.DenseDiagonal(p, p, j => j == 0 ? 1e-9 : lambda);
            var step = hessian.Solve(gradient);
            beta -= step;
            if (step.AbsoluteMaximum() < 1e-9)
            {
                break;
            }
        }
        return new LogisticRegressionL2(name, lambda, beta[0], [.. beta.Skip(1)]);
    }

    public IReadOnlyList<double> Probabilities(IReadOnlyList<double[]> rows) => [.. rows.Select(Probability)];

    public double Probability(double[] row)
    {
        if (row.Length != Weights.Count)
        {
            throw new ArgumentException($"The row has {row.Length} values; the model has {Weights.Count} weights.", nameof(row));
        }
        var logit = Intercept;
        for (var j = 0; j < row.Length; j++)
        {
            logit += Weights[j] * row[j];
        }
        return Sigmoid(logit);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
